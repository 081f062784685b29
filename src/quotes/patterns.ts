import { isAllCaps, startsLower, startsUpper } from '../text/chars.js';
import type { FrameToken, Sentence } from './frame.js';
import { isAdverb, isFiniteVerb, opensClause } from './clause.js';
import { cueLemma, isPastParticiple, needsThat, participleLemma, takesAddressee, takesObject } from './cues.js';
import { isRoleWord, isSourceNoun } from './sources.js';
import { AUXILIARIES, MODALS, NAME_PARTICLES, NOT_NAME_START, PREPOSITION_WORDS, PREPOSITIONS, PRONOUNS, TIME_LEADS, TIME_WORDS, TITLE_WORDS } from './lexicon.js';

/** A token range [from, to] (inclusive) within a sentence. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** Who a pattern says is speaking: words in the sentence, or the sentence's earlier speaker. */
export type SpeakerRef = { readonly kind: 'phrase'; readonly span: Span } | { readonly kind: 'previous' };

/** One attribution found in a sentence, before its speaker is resolved. */
export interface Match {
  readonly speaker: SpeakerRef;
  readonly cue: string;
  /** Token ranges of the content, in order (a parenthetical cue splits it in two). */
  readonly content: readonly Span[];
  /** True when the content is only quotations (a direct quote). */
  readonly direct: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'another', 'one', 'some', 'many', 'several', 'most', 'two', 'three', 'other']);
const CONNECTORS = new Set(['of', 'de', 'del', 'da', 'du', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'el', 'for']);
const INTRO_WORDS = /^(?:in|on|at|after|before|during|despite|following|addressing|speaking|asked|meanwhile|however|earlier|later|separately|responding|referring|commenting|but|and|yet|also)$/i;

const isWord = (t: FrameToken | undefined): t is FrameToken => t?.kind === 'word';
/** Capitalised, or a name with an Arabic article (`al-Amr`). */
const isCapital = (t: FrameToken | undefined): boolean => isWord(t) && (startsUpper(t.text) || /^(?:al|el|ad|as|ash|bin|ibn|abu)-\p{Lu}/u.test(t.text));
const isPunct = (t: FrameToken | undefined, chars: string): boolean => t?.kind === 'punct' && chars.includes(t.text);
const isQuote = (t: FrameToken | undefined): boolean => t?.kind === 'quote';
const isCue = (t: FrameToken | undefined): boolean => isWord(t) && (cueLemma(t.text) !== undefined || participleLemma(t.text) !== undefined);

/** Where a sentence's own words begin: after a dateline (`BAKU:`, `GENEVA (Reuters) —`) at its start. */
export function sentenceStart(s: Sentence): number {
  let i = 0;
  while (isWord(s[i]) && isAllCaps(s[i]!.text)) i++;
  if (i === 0) return 0;
  if (isPunct(s[i], '(')) {
    const close = s.findIndex((t, k) => k > i && isPunct(t, ')'));
    if (close === -1 || close > i + 4) return 0;
    i = close + 1;
  }
  return isPunct(s[i], ':—–-') ? i + 1 : 0;
}

/** The noun phrase that ends at token j (a name, a pronoun, or `the minister`), or null. */
function phraseEndingAt(s: Sentence, j: number, start: number): Span | null {
  const t = s[j];
  if (!isWord(t)) return null;
  if (PRONOUNS.has(t.lower)) return { from: j, to: j };
  let from = j;
  // `Mr. Trump’s supporters`, `the Khan-led government`: a possessive or a compound adjective is no speaker.
  if (/['’]s$/.test(t.text) || /^\p{Lu}[\p{L}.]*-(?:led|based|backed|born|owned|run|controlled|funded|linked|allied|style)$/u.test(t.text)) return null;
  if (isCapital(t)) {
    while (from - 1 >= start && (isCapital(s[from - 1]) || (CONNECTORS.has(s[from - 1]!.lower) && isCapital(s[from - 2])))) from--;
    // A name that opens with a particle: `de Vries said`.
    if (from - 1 >= start && isWord(s[from - 1]) && NAME_PARTICLES.has(s[from - 1]!.text)) from--;
    // Lower-case titles before it (`chief executive Laura Chen`), and its article (`the United Nations`).
    while (from - 1 >= start && isWord(s[from - 1]) && TITLE_WORDS.has(s[from - 1]!.text)) from--;
    if (from - 1 >= start && s[from - 1]!.lower === 'the') from--;
  } else {
    // A common noun: back to its determiner (`the nation`, `Many residents`), at most four words,
    // or to the sentence's start for a bare plural (`Local officials said`).
    let k = j - 1;
    const inPhrase = (x: FrameToken | undefined): boolean =>
      isWord(x) && !DETERMINERS.has(x.lower) && !isCue(x) && !AUXILIARIES.has(x.lower) && !PREPOSITIONS.has(x.lower) && !isCapital(x);
    while (k >= start && k >= j - 3 && inPhrase(s[k])) k--;
    const opensSentence = k < start || (k === start && isCapital(s[k]) && !DETERMINERS.has(s[k]!.lower));
    // `Cornyn's statement`, `PC World's recent analysis`: a possessor's name stands as the determiner.
    if (k >= start && isCapital(s[k]) && /['’]s$/.test(s[k]!.text)) {
      from = k;
      while (from - 1 >= start && isCapital(s[from - 1]) && !NOT_NAME_START.has(s[from - 1]!.lower)) from--;
    } else if (opensSentence && /s$/.test(t.lower) && j - start <= 2) from = start;
    // `…, economists say.`: a bare plural after a comma.
    else if (k >= start && isPunct(s[k], ',') && /s$/.test(t.lower) && j - k <= 3 && isSourceNoun(t.lower)) from = k + 1;
    else if (k >= start && k >= j - 4 && DETERMINERS.has(s[k]!.lower)) from = k;
    else return null;
  }
  // `a spokesman for the ministry`: a phrase joined by for/of/at to the one before it.
  while (from - 2 >= start && isWord(s[from - 1]) && /^(?:for|of|at|with|in|from|near|across|outside|inside|around)$/.test(s[from - 1]!.lower)) {
    const before = phraseEndingAt(s, from - 2, start);
    if (!before || PRONOUNS.has(s[before.from]!.lower)) break;
    from = before.from;
  }
  while (from < j && isWord(s[from]) && NOT_NAME_START.has(s[from]!.lower) && isCapital(s[from]) && isCapital(s[from + 1])) from++;
  return { from, to: j };
}

/** The noun phrase starting at token i (for `said Smith`, `according to the ministry`), or null. */
function phraseStartingAt(s: Sentence, i: number): Span | null {
  const t = s[i];
  if (!isWord(t)) return null;
  if (PRONOUNS.has(t.lower)) return { from: i, to: i };
  let to = i;
  // `councillor Marc Leroy`, `county elections director Sam Whitfield`: lower-case role words before a name belong to it.
  const role = roleWordsAt(s, to);
  if (role > to && isCapital(s[role])) to = role;
  if (isCapital(s[to]) && !DETERMINERS.has(s[to]!.lower)) return { from: i, to: nounAfterName(s, nameEnd(s, to)) };
  if (to !== i || !DETERMINERS.has(t.lower)) return null;
  // `the Saudi Interior Ministry`: a determiner and a name.
  if (isCapital(s[to + 1]) && !DETERMINERS.has(s[to + 1]!.lower)) return { from: i, to: nounAfterName(s, nameEnd(s, to + 1)) };
  // A determiner phrase runs until what looks like its verb: a cue, an auxiliary, a past tense.
  while (isWord(s[to + 1]) && !isCue(s[to + 1]) && !AUXILIARIES.has(s[to + 1]!.lower) && !/[^e]ed$/.test(s[to + 1]!.lower) && !isFiniteVerb(s[to + 1]) && !/^(?:that|which|who|whom|whose|and|or)$/.test(s[to + 1]!.lower) && to - i < 6) to++;
  return to > i ? { from: i, to } : null;
}

/**
 * Where lower-case words for a role, starting at i, end (`county elections director`): up to four
 * words that are not function words, the last of them a title or a noun for a person; i when none.
 */
function roleWordsAt(s: Sentence, i: number): number {
  let k = i;
  let end = i;
  while (k < i + 4 && isWord(s[k]) && !isCapital(s[k]) && !DETERMINERS.has(s[k]!.lower) && !PREPOSITIONS.has(s[k]!.lower) && !CONNECTORS.has(s[k]!.lower) && !isCue(s[k]) && !AUXILIARIES.has(s[k]!.lower)) {
    if (isRoleWord(s[k]!.lower)) end = k + 1;
    k++;
  }
  // `harbour master Jan Okafor`: lower-case words straight before a full name are its role.
  if (end === i && k > i && k - i <= 3 && isCapital(s[k]) && isCapital(s[k + 1])) end = k;
  return end;
}

/** `Scientology officials`, `the Labour leaders`: a name that modifies the noun for a source after it ends there. */
function nounAfterName(s: Sentence, to: number): number {
  const next = s[to + 1];
  return isWord(next) && !isCapital(next) && /s$/.test(next.lower) && isSourceNoun(next.lower) && !isCue(next) ? to + 1 : to;
}

/** The last token of a name starting at i: capitalised words, joined by particles (`of`, `de`) or role words (`co-founder`). */
function nameEnd(s: Sentence, i: number): number {
  let to = i;
  for (;;) {
    if (isCapital(s[to + 1])) to++;
    else if (isWord(s[to + 1]) && CONNECTORS.has(s[to + 1]!.lower) && isCapital(s[to + 2])) to += 2;
    else {
      const role = roleWordsAt(s, to + 1);
      if (role > to + 1 && isCapital(s[role])) to = role;
      else return to;
    }
  }
}

/** The subject at the start of a sentence (after an introductory phrase), or null. */
export function subjectOf(s: Sentence): Span | null {
  let i = sentenceStart(s);
  if (isWord(s[i]) && INTRO_WORDS.test(s[i]!.text)) {
    while (i < s.length && !isPunct(s[i], ',')) i++;
    i++;
  }
  return phraseStartingAt(s, i);
}

/** Skips auxiliaries and adverbs leftwards from j: `has vehemently denied`. */
function skipAuxiliariesLeft(s: Sentence, j: number): number {
  for (;;) {
    while (j >= 0 && isWord(s[j]) && (AUXILIARIES.has(s[j]!.lower) || isAdverb(s[j]!.text) || s[j]!.lower === 'not')) j--;
    // `Imran Khan on Wednesday said`, `the minister last week said`: a time between subject and verb.
    if (j >= 1 && isWord(s[j]) && TIME_WORDS.test(s[j]!.text) && isWord(s[j - 1]) && TIME_LEADS.has(s[j - 1]!.lower)) j -= 2;
    else if (j >= 0 && isWord(s[j]) && /^(?:yesterday|today|tonight)$/i.test(s[j]!.text)) j--;
    else return j;
  }
}


/** Where content ends: before `, <participle cue>`, `, according to`, a semicolon, or the sentence's end. */
function contentEnd(s: Sentence, from: number): number {
  for (let k = from; k < s.length; k++) {
    if (isPunct(s[k], ',') && isWord(s[k + 1]) && (participleLemma(s[k + 1]!.lower) !== undefined || s[k + 1]!.lower === 'according')) return k - 1;
    if (isPunct(s[k], ';')) return k - 1;
  }
  let end = s.length - 1;
  while (end >= from && isPunct(s[end], '.!?')) end--;
  return end;
}

/** After a cue: skips an addressee (`told reporters`) and time or place (`on Monday`) up to `that`, within a few words. */
function thatAfter(s: Sentence, k: number): number {
  for (let j = k + 1; j < Math.min(s.length, k + 9); j++) {
    // `that` straight before a verb is a relative (`the locations that would be given`), not what opens the content.
    if (isWord(s[j]) && s[j]!.lower === 'that') return j > k + 1 && isFiniteVerb(s[j + 1]) ? -1 : j;
    // `The first thing they found out is that …`: another verb before `that` owns it.
    if (isWord(s[j]) && /^(?:is|was|are|were)$/.test(s[j]!.lower)) return -1;
    if (isQuote(s[j]) || isPunct(s[j], '.;:') || isCue(s[j])) return -1;
  }
  return -1;
}

/** After a cue and its addressee: a quotation introduced by a colon or comma, or directly. */
function quoteAfter(s: Sentence, k: number): number {
  let j = k + 1;
  const lemma = cueLemma(s[k]!.lower) ?? participleLemma(s[k]!.lower);
  if (lemma && takesAddressee(lemma)) while (j < s.length && j < k + 5 && isWord(s[j]) && s[j]!.lower !== 'that') j++;
  // `writing in a blog post “…”`, `said in a statement: “…”`: a short place or occasion first.
  if (isWord(s[j]) && /^(?:in|on|at|to|via|during|from)$/.test(s[j]!.lower)) {
    let p = j + 1;
    while (p < s.length && p < j + 6 && isWord(s[p]) && s[p]!.lower !== 'that') p++;
    if (isQuote(s[p]) || (isPunct(s[p], ':,') && isQuote(s[p + 1]))) j = p;
  }
  if (isPunct(s[j], ':,')) j++;
  return isQuote(s[j]) ? j : -1;
}

/** Quotation tokens that follow one another, joined only by punctuation and a cue (`“A,” he said, “B.”`). */
function quoteRun(s: Sentence, first: number, skip: Span | null): Span[] {
  const run: Span[] = [{ from: first, to: first }];
  for (let j = first + 1; j < s.length; j++) {
    if (skip && j >= skip.from && j <= skip.to) continue;
    if (isQuote(s[j])) run.push({ from: j, to: j });
    else if (!isPunct(s[j], ',.:;—–-')) break;
  }
  return run;
}

/** Content from `from` to its end, as one span; quotations only make it direct. */
function contentFrom(s: Sentence, from: number): { content: Span[]; direct: boolean } | null {
  const to = contentEnd(s, from);
  if (to < from) return null;
  const tokens = s.slice(from, to + 1);
  return { content: [{ from, to }], direct: tokens.every((t) => isQuote(t) || t.kind === 'punct') };
}

/**
 * `Jan Smit, a spokesman for the federation, said` / `The minister, speaking on Tuesday, insisted`:
 * when a comma stands before the cue, the speaker is the phrase before the matching comma.
 */
function appositiveSubject(s: Sentence, j: number, start: number): Span | null {
  if (!isPunct(s[j], ',')) return null;
  // Appositives may be chained (`Sen. Maria Alvarez, D-La., who wrote the bill, said`): walk back
  // over up to three comma-separated asides to the first that ends in a name or a phrase.
  let close = j;
  for (let aside = 0; aside < 3; aside++) {
    let p = close - 1;
    while (p > start && p >= close - 28 && (isWord(s[p]) || isPunct(s[p], '.-'))) p--;
    if (p <= start || !isPunct(s[p], ',')) return null;
    // An aside opens in lower case (`a spokesman`, `who …`), with a number (`54`), an abbreviation
    // after a name (`QC`, `PhD`, `R-Texas`, `D-Calif.`), or ends in a role (`Panama coach`).
    const opener = s[p + 1];
    const last = s[close - 1];
    // `the captain, Ingrid Solberg, told`: the aside is the name of the role before it.
    const aside = s.slice(p + 1, close);
    if (aside.length >= 2 && aside.length <= 4 && aside.every((t) => isCapital(t))) {
      const role = phraseEndingAt(s, p - 1, start);
      if (role && isWord(s[role.from]) && DETERMINERS.has(s[role.from]!.lower) && !isCapital(s[p - 1])) return { from: p + 1, to: close - 1 };
    }
    const asRole = isWord(last) && !isCapital(last) && isRoleWord(last.lower);
    if (!isWord(opener) || (isCapital(opener) && !DETERMINERS.has(opener.lower) && !isAbbreviationAfterName(opener.text) && !asRole)) return null;
    const phrase = phraseEndingAt(s, p - 1, start);
    // `Omar Lamrani, a senior analyst at Stratfor, the Texas-based group, told`: an aside's own phrase
    // (`a senior analyst at Stratfor`) that is itself an aside after a comma leads further back.
    if (phrase && !(DETERMINERS.has(s[phrase.from]!.lower) && isPunct(s[phrase.from - 1], ',') && phraseEndingAt(s, phrase.from - 2, start))) return phrase;
    close = phrase ? phrase.from - 1 : p;
  }
  return null;
}

/** True when a phrase can be a statement's source: a name or pronoun, or a common noun for one (`officials`, not `a hand recount`). */
function canSpeak(s: Sentence, span: Span): boolean {
  // The head is the last word before an `of`, `for` or `at` phrase: `analysis of the figures`.
  let to = span.to;
  for (let k = span.from + 1; k < span.to; k++) if (isWord(s[k]) && /^(?:of|for|at|with|in|from|near|across|outside|inside|around)$/.test(s[k]!.lower)) to = Math.min(to, k - 1);
  const head = s[to]!;
  return !isWord(head) || isCapital(head) || PRONOUNS.has(head.lower) || isSourceNoun(head.text);
}

/** Skips adverbs and `not` leftwards from j. */
function skipAdverbsLeft(s: Sentence, j: number): number {
  while (j >= 0 && isWord(s[j]) && (isAdverb(s[j]!.text) || /^(?:not|never|also|still|just|later|then)$/.test(s[j]!.lower))) j--;
  return j;
}

/** Forms of `be` that make a participle after them passive. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);

/**
 * A passive cue (`it is asserted by the Crown that …`, `she was told that …`): the agent after `by`
 * speaks, and without one nobody named does (null); undefined when the cue at k is not passive.
 */
function passiveCue(s: Sentence, k: number): Match | null | undefined {
  const cue = s[k]!.lower;
  if (!isPastParticiple(cue)) return undefined;
  let b = k - 1;
  while (b >= 0 && isWord(s[b]) && (isAdverb(s[b]!.text) || /^(?:not|also|never|then|later|previously|repeatedly|first)$/.test(s[b]!.lower))) b--;
  const lemma = cueLemma(cue)!;
  // `… and told that …`: a verb that must name who was told, naming nobody, is passive too.
  const beBefore = isWord(s[b]) && BE.has(s[b]!.lower);
  const toldNobody = /^(?:tell|inform|notify|brief|instruct)$/.test(lemma) && isWord(s[k + 1]) && s[k + 1]!.lower === 'that';
  if (!beBefore && !toldNobody) return undefined;
  if (!(isWord(s[k + 1]) && s[k + 1]!.lower === 'by')) return null;
  const agent = phraseStartingAt(s, k + 2);
  if (!agent || !canSpeak(s, agent)) return null;
  const that = thatAfter(s, agent.to);
  return that >= 0 ? withContent({ kind: 'phrase', span: agent }, cue, contentFrom(s, that + 1)) : null;
}

/** Letters after a name: capitals alone (`QC`, `MP`), a degree (`PhD`), a party and state (`R-Texas`, `D-Calif.`). */
const isAbbreviationAfterName = (word: string): boolean => /^[A-Z]{2,4}$|^Ph\.?D\.?$|^[A-Z]-[A-Z][A-Za-z.]*$/.test(word);

/** True when the words from..to hold a clause of their own (the lead of `The plan failed, Smith said`). */
function startsClause(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (opensClause(s, k, to)) return true;
  return false;
}

/** Prepositions whose object a noun phrase before a verb may be: of place, company and topic (not `of`, `by`, `to`, `for`, `as`). */
const OBJECT_PREPOSITIONS = new Set([...PREPOSITION_WORDS].filter((w) => !['of', 'by', 'to', 'for', 'as', 'via', 'per', 'like', 'than', 'since', 'until', 'through', 'against'].includes(w)));

/** The head of a noun phrase: its last word before a preposition (`lawyers` of `the lawyers at the hearing`). */
function headOf(s: Sentence, span: Span): number {
  for (let k = span.from + 1; k <= span.to; k++) if (isWord(s[k]) && (PREPOSITIONS.has(s[k]!.lower) || PREPOSITION_WORDS.has(s[k]!.lower))) return k - 1;
  return span.to;
}

/** True for a verb's third-person singular form: `says`, `notes`, `denies`. */
function isThirdSingular(cue: string): boolean {
  const lemma = cueLemma(cue);
  if (lemma === undefined || lemma === cue) return false;
  return cue === `${lemma}s` || cue === `${lemma}es` || (lemma.endsWith('y') && cue === `${lemma.slice(0, -1)}ies`);
}

/** Words in -s that are no plurals. */
const SINGULAR_IN_S = new Set(['news', 'analysis', 'series', 'species', 'politics', 'physics', 'economics', 'statistics', 'status', 'campus', 'census', 'virus', 'bus', 'gas', 'process', 'press', 'business', 'congress', 'thesis', 'crisis', 'basis', 'diagnosis']);

/** True for a lower-case plural noun: `inquisitors`, `officials` (not a name, not `news`). */
function isPluralNoun(t: FrameToken): boolean {
  return startsLower(t.text) && /[^su']s$/.test(t.lower) && !SINGULAR_IN_S.has(t.lower);
}

/** The nearest finite verb at or before `from` in the clause (no further back than a comma or `start`), or -1. */
function finiteVerbBefore(s: Sentence, from: number, start: number): number {
  for (let k = from; k >= start; k--) {
    if (isPunct(s[k], ',') || isPunct(s[k], ';') || isQuote(s[k])) return -1;
    if (isFiniteVerb(s[k])) return k;
  }
  return -1;
}

/** True when a subject can take a verb's bare form: a plural noun, or `I`, `we`, `you`, `they`. */
function agreesWithBareForm(s: Sentence, span: Span): boolean {
  const head = s[span.to]!.lower;
  if (/^(?:i|we|you|they)$/.test(head)) return true;
  if (span.from === span.to && PRONOUNS.has(head)) return false;
  return /s$/.test(head) || /\band\b/.test(s.slice(span.from, span.to + 1).map((t) => t.lower).join(' ')) || /^(?:people|police|staff|children|men|women|crew|public)$/.test(head);
}

/** The attribution a finite cue at k makes, if any (two when a quote before it and a clause after it are both its). */
function finiteCue(s: Sentence, k: number, start: number): Match | Match[] | null {
  const cue = s[k]!.lower;
  // `can say`, `did not say`, `will announce`: a bare form after a modal or `do` is no statement made.
  if (cueLemma(cue) === cue && MODALS.has(s[skipAdverbsLeft(s, k - 1)]?.lower ?? '')) return null;
  const passive = passiveCue(s, k);
  if (passive !== undefined) return passive;
  const j = skipAuxiliariesLeft(s, k - 1);
  // `… tweeted to Mohamed and said the boy was welcome`: a second verb of the sentence's subject.
  // Not a bare form, which may be an infinitive's (`to submit designs and suggest what …`).
  if (j > start && isWord(s[j]) && s[j]!.lower === 'and' && !isQuote(s[k + 1])) {
    if (cueLemma(cue) === cue) return null;
    // `when Adam Schiff looks into the cameras and swears …`: the subject of the verb before `and`.
    const verb = finiteVerbBefore(s, j - 1, start);
    const subject = verb > start ? phraseEndingAt(s, skipAuxiliariesLeft(s, verb - 1), start) : null;
    return contentAfterCue(s, k, subject && canSpeak(s, subject) ? { kind: 'phrase', span: subject } : { kind: 'previous' }, cue);
  }
  // `Devocht, who had told Montalvo he would …`: a relative's antecedent.
  const relative = j - 2 >= start && isWord(s[j]) && s[j]!.lower === 'who' && isPunct(s[j - 1], ',');
  const left = j >= start ? (relative ? phraseEndingAt(s, j - 2, start) : phraseEndingAt(s, j, start) ?? appositiveSubject(s, j, start)) : null;
  const right = !left || isQuote(s[j]) ? phraseStartingAt(s, k + 1) : null;
  // `…, who did not work on the study, told Newsweek:`: after `tell` and its like the phrase is who listens.
  const speakerSpan = left ?? (right && (isQuote(s[k - 1]) || (isPunct(s[k - 1], ',') && !takesAddressee(cueLemma(cue) ?? cue))) ? right : null);
  // `Nobody says …`, `No one has said …`: a negative subject is nobody's statement.
  if (!speakerSpan || /^(?:nobody|no|none|nothing|neither)$/.test(s[speakerSpan.from]!.lower)) return null;
  if (!canSpeak(s, speakerSpan)) return null;
  // A bare form agrees only with a plural or `I`, `we`, `you`, `they` (`officials say`); after a
  // singular it is a noun (`a blog post`, `the news report`).
  if (cueLemma(cue) === cue && speakerSpan === left && !agreesWithBareForm(s, speakerSpan)) return null;
  // And a verb's -s form agrees with no plural noun: `Democratic inquisitors swears` has another subject.
  if (speakerSpan === left && isThirdSingular(cue) && isPluralNoun(s[headOf(s, speakerSpan)]!)) return null;
  // `Observations on Mauna Kea confirmed`, `a study in women with BED showed`: a noun phrase right
  // after a preposition is its object, not the verb's subject (which lies further left).
  // A relative's antecedent may be one (`met with Devocht, who had told him …`).
  if (speakerSpan === left && !relative && isWord(s[speakerSpan.from - 1]) && OBJECT_PREPOSITIONS.has(s[speakerSpan.from - 1]!.lower)) return null;
  const speaker: SpeakerRef = { kind: 'phrase', span: speakerSpan };
  // `“…,” the captain, Ingrid Solberg, told me`: the role before the named speaker belongs to the subject too.
  let leftEdge = Math.min(speakerSpan.from, k);
  if (isPunct(s[leftEdge - 1], ',') && leftEdge - 2 >= start) {
    const role = phraseEndingAt(s, leftEdge - 2, start);
    if (role && DETERMINERS.has(s[role.from]!.lower) && (isQuote(s[role.from - 1]) || (isPunct(s[role.from - 1], ',') && isQuote(s[role.from - 2])))) leftEdge = role.from;
  }
  const before = leftEdge - 1;
  const after = Math.max(speakerSpan.to, k) + 1;

  // “Q,” Smith said (, “R.”) / “Q,” said Smith.
  const quoteBefore = isQuote(s[before]) ? before : isPunct(s[before], ',') && isQuote(s[before - 1]) ? before - 1 : -1;
  if (quoteBefore >= 0) {
    let first = quoteBefore;
    while (first - 1 >= start && (isQuote(s[first - 1]) || isPunct(s[first - 1], ','))) first--;
    const run = quoteRun(s, isQuote(s[first]) ? first : quoteBefore, { from: Math.min(speakerSpan.from, k), to: Math.max(speakerSpan.to, k) });
    // `Apple was “pulled into the enterprise,” Cook said`: words before the quote make it mixed.
    const lead = s.slice(start, first).some((x) => isWord(x) && !INTRO_WORDS.test(x.text));
    const quoted: Match = lead ? { speaker, cue, content: [{ from: start, to: run[run.length - 1]!.to }], direct: false } : { speaker, cue, content: run, direct: true };
    // `“… two hours.” Rathbun asserted that …`: a quote that ended its sentence, then the cue's own content.
    const after = /[.!?]\s*\S?$/.test(s[quoteBefore]!.text) && thatAfter(s, k) === k + 1 ? contentAfterCue(s, k, speaker, cue) : null;
    return after ? [quoted, after] : quoted;
  }
  // Smith said: “Q.” / Smith told AFP, “Q.”
  const q = quoteAfter(s, Math.max(k, speakerSpan.to));
  if (q >= 0) return { speaker, cue, content: quoteRun(s, q, null), direct: true };
  // Many residents, he noted, were leaving. / The plan failed, Smith said.
  if (isPunct(s[before], ',') && before > start) {
    const lead: Span = { from: start, to: before - 1 };
    if (isPunct(s[after], ',')) {
      // `Many residents, he noted, were leaving.` — but not `…, said Juan Perez, a trader at …`, whose aside is no content.
      const end = contentEnd(s, after + 1);
      const rest = end > after && (opensClause(s, after + 1, end) || !startsClause(s, start, before - 1)) ? contentFrom(s, after + 1) : null;
      return { speaker, cue, content: rest ? [lead, ...rest.content] : [lead], direct: false };
    }
    if (after >= s.length || isPunct(s[after], '.!?')) return { speaker, cue, content: [lead], direct: false };
  }
  if (speakerSpan === right) return null;
  // `As Heald told The Huffington Post, ozone has dropped …`: the content follows the comma.
  if (speakerSpan.from - 1 === start && isWord(s[start]) && s[start]!.lower === 'as') {
    for (let c = k + 1; c < Math.min(s.length, k + 8); c++) {
      if (isPunct(s[c], ',')) return opensClause(s, c + 1, contentEnd(s, c + 1)) ? withContent(speaker, cue, contentFrom(s, c + 1)) : null;
      if (!isWord(s[c])) break;
    }
    return null;
  }
  return contentAfterCue(s, k, speaker, cue);
}

/** Words of a short adverbial that may stand between a cue and its clause: `said on Monday …`, `said in a statement …`. */
const ADVERBIAL_NOUNS = new Set('week month year morning afternoon evening night day weekend statement interview conference briefing call meeting speech letter post broadcast'.split(' '));

/** Where a cue's bare clause begins, past an adverbial (`on Monday`, `last week`, `in a statement`), or -1. */
function bareClauseAt(s: Sentence, from: number, to: number): number {
  if (opensClause(s, from, to)) return from;
  if (!isWord(s[from]) || !/^(?:on|in|at|by|last|this|earlier|late|during)$/.test(s[from]!.lower)) return -1;
  for (let p = from + 1; p <= Math.min(to, from + 5); p++) {
    const w = s[p]!;
    if (isPunct(w, ',') && opensClause(s, p + 1, to)) return p + 1;
    if (!isWord(w) || !(isCapital(w) || /^\d/.test(w.text) || ADVERBIAL_NOUNS.has(w.lower) || /^(?:a|an|the|its|his|her|their)$/.test(w.lower))) return -1;
    if (opensClause(s, p + 1, to) && !isCapital(s[p + 1])) return p + 1;
  }
  return -1;
}

/** What a cue at k says when its content follows it: a that-clause, an object (`denied the claims`) or a bare clause. */
function contentAfterCue(s: Sentence, k: number, speaker: SpeakerRef, cue: string): Match | null {
  // Smith said (on Monday) that …
  const that = thatAfter(s, k);
  if (that >= 0) return withContent(speaker, cue, contentFrom(s, that + 1));
  const lemma = cueLemma(cue) ?? cue;
  if (takesObject(lemma)) {
    let end = k + 1;
    while (end < s.length && !isPunct(s[end], ',.;:!?')) end++;
    // An object is a noun phrase, not a preposition's (`admitted to being part of it`).
    if (!isWord(s[k + 1]) || PREPOSITIONS.has(s[k + 1]!.lower)) return null;
    // `denied these allegations:` — what follows the colon is the content, not the object.
    if (isPunct(s[end], ':')) return null;
    return end - 1 > k + 1 ? { speaker, cue, content: [{ from: k + 1, to: end - 1 }], direct: false } : null;
  }
  if (needsThat(lemma)) return null;
  let from = k + 1;
  if (takesAddressee(lemma)) {
    const addressee = phraseStartingAt(s, from);
    if (addressee) from = addressee.to + 1;
  }
  const end = contentEnd(s, from);
  const clause = end >= from ? bareClauseAt(s, from, end) : -1;
  return clause >= 0 ? withContent(speaker, cue, contentFrom(s, clause)) : null;
}

/** A match with the given content, or null when there is none. */
function withContent(speaker: SpeakerRef, cue: string, content: { content: Span[]; direct: boolean } | null): Match | null {
  return content ? { speaker, cue, content: content.content, direct: content.direct } : null;
}

/** `…, asserting that …` / `…, adding: “…”`: the speaker is the sentence's earlier speaker or subject. */
function participleCue(s: Sentence, k: number, start: number): Match | null {
  // `one poster writing “…”`, `a message stating, “…”`: the phrase before it is the speaker.
  if (!isPunct(s[k - 1], ',')) {
    const holder = k - 1 >= start ? phraseEndingAt(s, k - 1, start) : null;
    const q = holder && canSpeak(s, holder) ? quoteAfter(s, k) : -1;
    return q >= 0 ? { speaker: { kind: 'phrase', span: holder! }, cue: s[k]!.lower, content: quoteRun(s, q, null), direct: true } : null;
  }
  const speaker: SpeakerRef = { kind: 'previous' };
  const q = quoteAfter(s, k);
  if (q >= 0) return { speaker, cue: s[k]!.lower, content: quoteRun(s, q, null), direct: true };
  const that = thatAfter(s, k);
  if (that >= 0) return withContent(speaker, s[k]!.lower, contentFrom(s, that + 1));
  // `…, saying it would help`: a participle of a verb that may take a bare clause.
  const lemma = participleLemma(s[k]!.text)!;
  if (needsThat(lemma) || takesObject(lemma) || takesAddressee(lemma)) return null;
  const end = contentEnd(s, k + 1);
  return end > k && opensClause(s, k + 1, end) ? withContent(speaker, s[k]!.lower, contentFrom(s, k + 1)) : null;
}

/** `According to X, …` and `…, according to X.` */
function accordingTo(s: Sentence, k: number, start: number): Match | null {
  if (!(isWord(s[k + 1]) && s[k + 1]!.lower === 'to')) return null;
  const source = phraseStartingAt(s, k + 2);
  if (!source || !canSpeak(s, source)) return null;
  const speaker: SpeakerRef = { kind: 'phrase', span: source };
  const cue = 'according to';
  if (k === start) {
    if (isPunct(s[source.to + 1], ',')) return withContent(speaker, cue, contentFrom(s, source.to + 2));
    // `According to the ministry over 300 people …`: no comma, but a clause right after the source.
    const end = contentEnd(s, source.to + 1);
    return end > source.to && opensClause(s, source.to + 1, end) ? withContent(speaker, cue, contentFrom(s, source.to + 1)) : null;
  }
  const endsSentence = source.to + 1 >= s.length || isPunct(s[source.to + 1], '.!?');
  if (isPunct(s[k - 1], ',')) {
    // `The plan, according to officials, will cost …`: the words around the aside.
    if (isPunct(s[source.to + 1], ',') && !endsSentence) {
      const rest = contentFrom(s, source.to + 2);
      return rest ? { speaker, cue, content: [{ from: start, to: k - 2 }, ...rest.content], direct: false } : null;
    }
    return { speaker, cue, content: [{ from: start, to: k - 2 }], direct: false };
  }
  // `… 6 million visitors according to the event website.`
  return endsSentence && isWord(s[k - 1]) ? { speaker, cue, content: [{ from: start, to: k - 1 }], direct: false } : null;
}

/**
 * True when a cue's form at k is a verb here, not the noun it may also be: not after a determiner
 * or a possessive (`the report said`, `his claim`), nor an infinitive's (`declined to say`).
 */
function isVerbHere(s: Sentence, k: number): boolean {
  const before = s[k - 1];
  if (!isWord(before)) return true;
  if (DETERMINERS.has(before.lower) || /^(?:his|her|its|their|our|my|your|this|that|these|those|each|every|no|any|whose)$/.test(before.lower) || /['’]s$/.test(before.text)) return false;
  return !(before.lower === 'to' && s[k]!.text === cueLemma(s[k]!.text));
}

/** Every attribution in a sentence, in order. */
export function matchSentence(s: Sentence): Match[] {
  const start = sentenceStart(s);
  const matches: Match[] = [];
  const used = new Set<number>();
  for (let k = start; k < s.length; k++) {
    const t = s[k]!;
    if (t.kind !== 'word' || used.has(k) || t.lower === 'according') continue;
    const found = participleLemma(t.text) !== undefined ? participleCue(s, k, start) : cueLemma(t.text) !== undefined && isVerbHere(s, k) ? finiteCue(s, k, start) : null;
    if (!found) continue;
    // A cue inside another match's content is part of what was said, not a new attribution.
    if (matches.some((m) => m.content.some((c) => k >= c.from && k <= c.to))) continue;
    for (const match of Array.isArray(found) ? found : [found]) {
      matches.push(match);
      for (const c of match.content) for (let x = c.from; x <= c.to; x++) used.add(x);
    }
  }
  // `According to AFP, one user posted: “…”`: the source a report names speaks, not the report;
  // so `according to` counts only where no other cue in its content has a speaker of its own.
  for (let k = start; k < s.length; k++) {
    if (s[k]!.kind !== 'word' || s[k]!.lower !== 'according' || used.has(k)) continue;
    const match = accordingTo(s, k, start);
    if (!match || matches.some((m) => match.content.some((c) => m.content.some((mc) => mc.from >= c.from && mc.to <= c.to)))) continue;
    // In reading order: before the first match whose content starts after this cue.
    const at = matches.findIndex((m) => m.content[0]!.from > k);
    matches.splice(at === -1 ? matches.length : at, 0, match);
  }
  // `Would Adam Schiff have pleaded to keep the “whistleblower’s” identity secret?`: a question the
  // writer asks reports no statement, even round a quoted word (a quotation that asks ends in its
  // closing mark, and is no such question).
  return isQuestion(s) ? [] : matches;
}

/** True for a sentence the writer ends with a question mark (not one inside a quotation that closes it). */
function isQuestion(s: Sentence): boolean {
  const last = s[s.length - 1];
  return last !== undefined && last.kind !== 'word' && last.text === '?';
}
