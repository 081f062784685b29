// Who said what in an article, read sentence by sentence from its parts of speech: a cue (a verb
// of saying, by its lemma and tag, or `according to`), its source (the noun phrase before it, or
// after it: `said the minister`), and its content (the quotation beside it, or the clause it
// governs, with or without `that`). A quotation split by its cue, or followed by more quoted
// sentences and no new cue, is one statement; pronouns and short names resolve to the fullest
// name the article gives.
import type { Paragraph } from '../parse/paragraphs.js';
import { leadingDateline } from '../text/dateline.js';
import { sentenceEnds } from '../text/sentences.js';
import { cueFrame, NAME_PARTICLES, ORGANISATION_WORDS, type CueFrame } from './lexicon.js';
import { isClause, phraseEndingAt, phraseStartingAt, phraseWithComplements, spanText, type Span } from './phrases.js';
import { findQuoteSpans, opensWithQuote, type QuoteSpan } from './quotation-marks.js';
import { countryOf, isTitleWord, Registry, type Speaker } from './speakers.js';
import { tagParagraph, type Token } from './tagger.js';
import type { Quote, QuoteKind } from './types.js';

/** A statement while it is read: its speaker stays an entity until the whole article is read. */
interface Draft {
  readonly speaker: Speaker;
  readonly cue: string | null;
  readonly kind: QuoteKind;
  readonly parts: string[];
  readonly fragments: string[];
  readonly at: Paragraph;
}

/** A sentence of a paragraph: its tokens, and the paragraph's text and quotations they index into. */
interface Sentence {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly spans: readonly QuoteSpan[];
}

/** Modal verbs: a cue after one reports nothing said (`could say`, `will argue`). */
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', "'ll", 'ca', 'wo']);

/** Verbs after which `to say` is saying: `continues to insist`, `went on to say`, `tried to suggest`. */
const GOES_ON = new Set(['continue', 'go', 'begin', 'start', 'try', 'seek', 'hasten', 'appear', 'seem']);

/** The verbs a misread -s or -ed form may be: `claims` claim, `alleged` allege, `denied` deny. */
const verbLemmas = (form: string): string[] => [form, form.replace(/ied$/, 'y'), form.replace(/ed$/, ''), form.replace(/d$/, ''), form.replace(/s$/, ''), form.replace(/es$/, '')];

/** Words of time that follow a cue as its adverbial: `said Tuesday`, `told reporters last week`. */
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|recently|week|month|year|morning|afternoon|evening|night|weekend)$/;

/** A month, written out or shortened, which a date after a cue opens with: `announced Nov. 18 that`. */
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*|\.)$/;

/** True for a token that is only punctuation. */
const isPunct = (t: Token | undefined): boolean => t !== undefined && t.tag === 'PUNCT';

/** A cue of a sentence: the token, its frame, and whether it is `according (to)`. */
interface Cue {
  readonly at: number;
  readonly frame: CueFrame;
  readonly according: boolean;
}

/** The cues of a sentence, in order: verbs of saying outside quotations that report something said, and `according to`. */
function cuesOf(s: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  s.forEach((t, i) => {
    if (t.quote >= 0) return;
    if (t.lower === 'according' && s[i + 1]?.lower === 'to') return void cues.push({ at: i, frame: {}, according: true });
    // `Paris claims she was …`, `Prosecutors alleged that …`: the model takes a verb's -s or -ed
    // form for a noun or an adjective where a subject stands before it and a clause after.
    const pluralBefore = s[i - 1]?.tag === 'NOUN' && s[i - 1]!.lower !== s[i - 1]!.lemma;
    const clauseAfter = s[i + 1]?.lower === 'that' || ['PRON', 'DET', 'PROPN'].includes(s[i + 1]?.tag ?? '') || ((s[i + 1]?.text === ',' || s[i + 1]?.text === ':') && (s[i + 2]?.quote ?? -1) >= 0);
    const misread = (t.tag === 'NOUN' || t.tag === 'ADJ') && (/(?:s|ed)$/.test(t.lower) || pluralBefore) && ['PROPN', 'PRON', 'NOUN', 'CCONJ', 'ADV'].includes(s[i - 1]?.tag ?? '') && clauseAfter;
    const frame = t.tag === 'VERB' ? cueFrame(t.lemma) : misread ? verbLemmas(t.lower).map(cueFrame).find(Boolean) : undefined;
    if (!frame) return;
    let k = i - 1;
    while (k >= 0 && (s[k]!.tag === 'ADV' || s[k]!.lower === 'not' || s[k]!.lower === "n't")) k--;
    const before = s[k];
    // `Tell the crew what you wrote`: a verb that opens a sentence bids; it reports nothing.
    if (k < 0 && !t.lower.endsWith('ing')) return;
    // `it was announced that …`: a passive with no agent names no one who said it.
    if (before?.lemma === 'be' && s[i + 1]?.lower !== 'by' && s[k - 1]?.lower === 'it') return;
    // `declined to say`, `could argue`, `did not say`: nothing was said (but `continues to insist`,
    // `went on to say`: a verb that goes on with the saying).
    if (before && ((before.lower === 'to' && !GOES_ON.has(s[k - 1]?.lemma ?? '')) || MODALS.has(before.lower))) return;
    if (s.slice(k + 1, i).some((x) => x.lower === 'not' || x.lower === "n't")) return;
    cues.push({ at: i, frame, according: false });
  });
  return cues;
}

/** Skips back over what stands between a subject and its verb: auxiliaries, adverbs (`has vehemently denied`). */
function skipBack(s: readonly Token[], i: number): number {
  const between = (k: number): boolean => {
    const t = s[k]!;
    if (t.quote >= 0 || /^['’]s$/.test(t.lower)) return false;
    // `Lopez and Reyes both said`, `the ministers all agreed`: a quantifier that floats after its subject.
    if (/^(?:both|all|each)$/.test(t.lower) && (s[k + 1]?.tag === 'VERB' || s[k + 1]?.tag === 'AUX')) return true;
    // `tried to suggest`, `continues to insist`: a verb that only leads into its cue.
    if (t.tag === 'VERB' && GOES_ON.has(t.lemma) && s[k + 1]?.lower === 'to') return true;
    // `has since said`, `have long argued`: a word after an auxiliary is an adverb there, whatever its tag.
    return t.tag === 'AUX' || t.tag === 'ADV' || t.tag === 'PART' || (s[k - 1]?.tag === 'AUX' && (t.tag === 'ADP' || t.tag === 'ADJ' || t.tag === 'SCONJ'));
  };
  while (i >= 0 && between(i)) i--;
  return i;
}

/**
 * The subject of a sentence's first verb, when it is a name or a pronoun, and where the verb and the
 * first quotation are: who speaks for a coordinated cue after that verb and before any quotation.
 */
function sentenceSubject(s: readonly Token[]): { readonly source: Source | null; readonly verb: number; readonly quoted: number } {
  const verb = s.findIndex((t) => t.tag === 'VERB' || t.tag === 'AUX');
  const quoted = s.findIndex((t) => t.quote >= 0);
  let end = verb > 0 ? skipBack(s, verb - 1) : -1;
  // `Reyes, however, disagreed`: an adverb between commas stands aside.
  if (s[end]?.text === ',') {
    let k = end - 1;
    while (k > 0 && s[k]!.tag === 'ADV') k--;
    if (k < end - 1 && s[k]?.text === ',') end = k - 1;
  }
  const span = end >= 0 ? phraseEndingAt(s, end) : null;
  // (A first person in the writer's own sentence is a pull quote's voice, not a name: `I was told that …`.)
  const named = span !== null && span.from === 0 && ['PROPN', 'PRON'].includes(s[span.to]!.tag) && !/^(?:i|we)$/.test(s[span.from]!.lower);
  return { source: named ? { span, role: null, inverted: false } : null, verb, quoted };
}

/** The source of a cue, and the span of its words: before the cue, or after it when the cue comes first (`said Smith`). */
interface Source {
  readonly span: Span;
  /** An appositive role between the source and its cue: `Hikmet Hajiyev, diplomatic advisor to …,`. */
  readonly role: Span | null;
  /** True for `said Smith`: the source after its cue. */
  readonly inverted: boolean;
}

/** Finds the source of the cue at `c`. */
function sourceOf(s: readonly Token[], c: number, cue: Cue): Source | null {
  if (cue.according) {
    // A noun phrase follows `according to`, whatever the tagger says of its first word (`court/VERB records`).
    const at = phraseStartingAt(s, c + 2) !== null ? c + 2 : s[c + 2]?.tag === 'VERB' && s[c + 2]!.quote < 0 ? c + 3 : -1;
    const head = at < 0 ? null : phraseStartingAt(s, at);
    if (!head) return null;
    // Its complements are the source's too (`according to a statement from the ministry, …`), when
    // a comma or the sentence's end shows where they stop (not `according to X over 300 people …`).
    const whole = phraseWithComplements(s, at)!;
    const ends = (i: number): boolean => s[i + 1] === undefined || s[i + 1]!.text === ',' || (isPunct(s[i + 1]) && s[i + 2] === undefined);
    const span = ends(whole.to) ? whole : head;
    return { span: { from: Math.min(span.from, c + 2), to: span.to }, role: null, inverted: true };
  }
  // `it is argued by the union that …`: a passive's agent is its source.
  const be = skipBack(s, c - 1) < c - 1 && s.slice(skipBack(s, c - 1) + 1, c).some((t) => t.lemma === 'be');
  if (be && s[c + 1]?.lower === 'by') {
    const agent = phraseStartingAt(s, c + 2);
    if (agent) return { span: agent, role: null, inverted: true };
  }
  let end = skipBack(s, c - 1);
  // `was quoted as saying`: the subject is before the passive.
  if (s[end]?.lower === 'as' && s[end - 1]?.lemma === 'quote') end = skipBack(s, end - 2);
  // `The paper quoted Lopez as saying`: the one quoted speaks, not the paper.
  else if (s[end]?.lower === 'as') {
    const quotedOne = phraseEndingAt(s, end - 1);
    if (quotedOne && s[quotedOne.from - 1]?.lemma === 'quote') return { span: quotedOne, role: null, inverted: false };
  }
  let role: Span | null = null;
  // Asides between a name and its verb, set off by commas: a role (`Name, a role,`), a party and
  // state (`, D-La.,`), a relative clause (`, who wrote the bill,`). The first that is a role is kept.
  let aside = end;
  while (s[aside]?.text === ',') {
    let k = aside - 1;
    while (k > 0 && aside - k < 30 && s[k]!.text !== ',' && s[k]!.quote < 0) k--;
    if (k <= 0 || s[k]!.text !== ',') break;
    // `, who wrote the bill,`, `, speaking late on Tuesday,`: a relative clause, or an -ing one.
    // (Or a role with a relative clause of its own: `, a Syrian refugee who feared reprisals and asked not to be named,`.)
    const roleHead = phraseStartingAt(s, k + 1);
    // (Or a past participle's, a preposition after it: `The study, published in Nature, suggests …`;
    // not a verb of the sentence's own: `X, refuted the accusations, asserting …`.)
    const participle = s[k + 1]?.tag === 'VERB' && (s[k + 1]!.lower.endsWith('ing') || (/(?:ed|en)$/.test(s[k + 1]!.lower) && s[k + 2]?.tag === 'ADP'));
    const relative = /^(?:who|which|whose|whom)$/.test(s[k + 1]?.lower ?? '') || participle || (roleHead !== null && /^(?:who|whose)$/.test(s[roleHead.to + 1]?.lower ?? ''));
    // (An -ing word before a noun is the noun's: `chief operating officer`.)
    const nominal = !s.slice(k + 1, aside).some((t, x, all) => t.tag === 'AUX' || (t.tag === 'VERB' && !(t.lower.endsWith('ing') && all[x + 1]?.tag === 'NOUN')));
    const adverb = s.slice(k + 1, aside).every((t) => t.tag === 'ADV');
    // An adverb between commas: `Local officials, however, said the figures …` (a clause follows the
    // cue: the name before speaks), or `…, too, said Ana Ruiz` (none: the name after it does).
    if ((!relative && !nominal) || (adverb && !(s[c + 1]?.lower === 'that' || isClause(s, c + 1, s.length - 1)))) break;
    const name = phraseEndingAt(s, k - 1);
    // `Name, a role,` gives the role; `officials, however,` and `a diplomat, who asked …,` give none.
    const appositive = phraseWithComplements(s, k + 1);
    if (nominal && !adverb && appositive && appositive.to >= aside - 1) role = { from: k + 1, to: aside - 1 };
    aside = k - 1;
    // `Sen. Maria Alvarez, D-La., who …`, `Ann Lee, 45,`: a party and state, or an age, is one more aside.
    const qualifier = name !== null && s.slice(name.from, name.to + 1).some((t) => t.text === '.' || t.text === '-' || t.tag === 'NUM');
    const earlier = name && qualifier && s[name.from - 1]?.text === ',' && name.to - name.from <= 3 ? phraseEndingAt(s, name.from - 2) : null;
    if (earlier && s[earlier.to]!.tag === 'PROPN') {
      aside = name!.from - 1;
      continue;
    }
    // `the captain, Ingrid Solberg, told me`: the name between the commas speaks, the role before it.
    if (name && appositive && s[appositive.to]!.tag === 'PROPN' && s[name.to]!.tag === 'NOUN' && appositive.to === k + 1 + (appositive.to - appositive.from) && appositive.to >= aside + 1) {
      return { span: { from: k + 1, to: appositive.to }, role: name, inverted: false };
    }
    if (name) {
      end = aside;
      break;
    }
  }
  const before = phraseEndingAt(s, end);
  if (before) return { span: before, role, inverted: false };
  // `“…,” said Smith`, `…, said the minister`: the cue comes first; a role may follow the name
  // (`…, said Monica de Bolle, a senior fellow at the Peterson Institute`).
  if (end < 0 || isPunct(s[end]) || s[end]!.quote >= 0) {
    const after = phraseStartingAt(s, c + 1);
    if (!after) return null;
    let appositive = s[after.to + 1]?.text === ',' ? phraseWithComplements(s, after.to + 2) : null;
    if (appositive && /^(?:who|which)$/.test(s[appositive.to + 1]?.lower ?? '')) {
      let to = appositive.to + 1;
      while (to + 1 < s.length && s[to + 1]!.text !== ',' && !(isPunct(s[to + 1]) && to + 2 >= s.length)) to++;
      appositive = { from: appositive.from, to };
    }
    return { span: after, role: appositive, inverted: true };
  }
  return null;
}

/** The index of the first token of a quotation that starts at or after `from`, with only `:` or `,` before it; -1 for none. */
function quoteAfter(s: readonly Token[], from: number): number {
  let i = from;
  while (i < s.length && s[i]!.quote < 0 && (s[i]!.text === ':' || s[i]!.text === ',' || s[i]!.text === '—')) i++;
  return i < s.length && s[i]!.quote >= 0 ? i : -1;
}

/** The index of the last token of a quotation that ends just before `to`, with only a comma or a dash between; -1 for none. */
function quoteBefore(s: readonly Token[], to: number): number {
  let i = to;
  while (i >= 0 && s[i]!.quote < 0 && (s[i]!.text === ',' || s[i]!.text === '—')) i--;
  return i >= 0 && s[i]!.quote >= 0 ? i : -1;
}

/** The quotation a token stands in, as its text between the marks (a comma or colon that ends it left out). */
const quoted = (sentence: Sentence, quote: number): string => sentence.spans[quote]!.inner.trim().replace(/[,:]$/, '');

/** Trims a clause's text: white space, and a full stop or comma that ends it. */
const clauseText = (text: string): string => text.trim().replace(/[\s,;:.]+$/, '');

/** The quotations inside a stretch of a sentence, in order. */
function quotesIn(s: readonly Token[], from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = from; i <= to; i++) if (s[i]!.quote >= 0 && !found.includes(s[i]!.quote)) found.push(s[i]!.quote);
  return found;
}

/** Where the content of a cue's reported clause starts: past an addressee (`told reporters`), an adverbial, and `that`. */
function contentStart(s: readonly Token[], c: number, frame: CueFrame, last: number): { start: number; that: boolean } {
  let i = c + 1;
  // A passive's agent (`argued by the union that`) stands between the cue and its clause.
  if (s[i]?.lower === 'by' && s.slice(Math.max(0, c - 3), c).some((t) => t.lemma === 'be')) {
    const agent = phraseStartingAt(s, i + 1);
    if (agent) i = agent.to + 1;
  }
  /** Skips adverbs and words of time (`said Tuesday`, `said last week`). */
  const adverbial = (): void => {
    while (i <= last && (((s[i]!.tag === 'ADV' || s[i]!.tag === 'PART') && s[i]!.lower !== 'to') || TIME_WORDS.test(s[i]!.lower) || (/^(?:last|this|next)$/.test(s[i]!.lower) && TIME_WORDS.test(s[i + 1]?.lower ?? '')) || (MONTH.test(s[i]!.lower) && s[i + 1]?.tag === 'NUM') || (s[i]!.tag === 'NUM' && MONTH.test(s[i - 1]?.lower ?? '')))) i++;
  };
  adverbial();
  if (frame.addressee) {
    // `told reporters (that) …`: the addressee stands aside; `urged Mr. Trump to make a deal`: it is part of what was urged.
    const addressee = phraseStartingAt(s, i);
    if (addressee && s[addressee.to + 1]?.lower === 'to' && s[addressee.to + 2]?.tag === 'VERB') return { start: i, that: true };
    // `told teachers who covered the lawn that …`: a relative clause on the addressee, then the that-clause.
    if (addressee && /^(?:who|whom)$/.test(s[addressee.to + 1]?.lower ?? '')) {
      for (let k = addressee.to + 2; k <= last && k - addressee.to < 16; k++) {
        if (s[k]!.quote >= 0 || (s[k]!.tag === 'PUNCT' && s[k]!.text !== ',')) break;
        if (s[k]!.lower === 'that' && isClause(s, k + 1, last)) return { start: k + 1, that: true };
      }
    }
    if (addressee && (s[addressee.to + 1]?.lower === 'that' || isClause(s, addressee.to + 1, last))) i = addressee.to + 1;
    // `told Business Insider in October that …`: an adverbial after the addressee, then the that-clause (below).
    else if (addressee && s[addressee.to + 1]?.tag === 'ADP' && s[addressee.to + 1]!.quote < 0) i = addressee.to + 1;
    adverbial();
  }
  // `said on Monday that`, `said in a statement that`: an adverbial before the that-clause (not a
  // noun's relative clause: `announced the locations that would …`).
  for (let k = i; k <= last && k - i < 12 && (s[i]!.tag === 'ADP' || s[i]!.tag === 'ADV'); k++) {
    const t = s[k]!;
    if (t.lower === 'that' && (t.tag === 'SCONJ' || isClause(s, k + 1, last))) return { start: k + 1, that: true };
    // (A participle on the adverbial's noun goes on with it: `in a report released Thursday that`.)
    if (t.tag === 'VERB' && /(?:ed|en)$/.test(t.lower) && s[k - 1]?.tag === 'NOUN') continue;
    if (t.tag === 'VERB' || t.tag === 'AUX' || t.quote >= 0 || (t.tag === 'PUNCT' && t.text !== ',')) break;
  }
  // `that` opens the clause, whatever the model tags it (`that ships would be diverted`, `that, over
  // the last months, …`), unless it is a determiner before a noun (`told the court that story`).
  if (s[i]?.lower === 'that' && (s[i]!.tag === 'SCONJ' || !['NOUN', 'ADJ', 'NUM'].includes(s[i + 1]?.tag ?? '') || isClause(s, i + 1, last))) return { start: i + 1, that: true };
  return { start: i, that: false };
}

/**
 * What reading a sentence's cues asks of the cues, commas and quotations after each one, worked out
 * once per sentence so that a sentence of many cues costs linear time: each cue's source; the first
 * later cue that takes its content over (same speaker, `…, adding …`) or hands the sentence to
 * another (`…, but X has said …`); whether a later cue says something itself; the last dash or colon
 * before a token, the first token of its run of one quotation, the last word before it, whether only
 * quotations and punctuation follow it; and the commas after which a main clause follows a
 * subordinate one.
 */
function surveyed(s: readonly Token[], cues: readonly Cue[], last: number) {
  const sources = cues.map((n) => sourceOf(s, n.at, n));
  const takesOver = (j: number): boolean => {
    const n = cues[j]!;
    // (A participle after a comma has no subject of its own, whatever stands before the comma.)
    return !n.according && (s[n.at - 1]?.text === ',' || s[n.at - 1]?.lower === 'and') && (!sources[j] || (s[n.at - 1]?.text === ',' && /ing$/.test(s[n.at]!.lower)));
  };
  const handsOver = (j: number): boolean => {
    const src = sources[j];
    return !cues[j]!.according && src !== null && src !== undefined && !src.inverted && s[src.span.from - 2]?.text === ',' && s[src.span.from - 1]?.tag === 'CCONJ';
  };
  // (Only a cue that says something: `the country had admitted more than a million refugees` says nothing.)
  const says = (j: number): boolean => {
    const n = cues[j]!;
    if (n.according || !sources[j]) return false;
    const content = contentStart(s, n.at, n.frame, last);
    return content.that || isClause(s, content.start, last) || (s[content.start]?.quote ?? -1) >= 0;
  };
  const nextTakeover: (Cue | null)[] = [];
  const nextHandover: (Source | null)[] = [];
  const saidAfter: boolean[] = [];
  // Only an `according to` asks whether a later cue says something.
  const asked = cues.some((n) => n.according);
  // One pass from the end: for each cue, what the nearest later cue of each kind is.
  for (let j = cues.length - 1, takeover: Cue | null = null, handover: Source | null = null, said = false; j >= 0; j--) {
    nextTakeover[j] = takeover;
    nextHandover[j] = handover;
    saidAfter[j] = said;
    if (takesOver(j)) takeover = cues[j]!;
    if (handsOver(j)) handover = sources[j]!;
    if (asked) said ||= says(j);
  }
  const lastOpener: number[] = [];
  const runStart: number[] = [];
  const lastWord: number[] = [];
  for (let i = 0, opener = -1, word = -1; i < s.length; i++) {
    lastOpener[i] = opener;
    lastWord[i] = word;
    runStart[i] = i > 0 && s[i]!.quote >= 0 && s[i - 1]!.quote === s[i]!.quote ? runStart[i - 1]! : i;
    if (s[i]!.quote < 0 && (s[i]!.text === '—' || s[i]!.text === ':' || s[i]!.text === '–')) opener = i;
    if (!isPunct(s[i])) word = i;
  }
  const onlyQuotedFrom: boolean[] = [];
  for (let i = last + 1, only = true; i >= 0; i--) {
    onlyQuotedFrom[i] = only;
    if (i > 0) only &&= s[i - 1]!.quote >= 0 || isPunct(s[i - 1]);
  }
  const opensSubordinate = s[0]?.tag === 'SCONJ' || s[0]?.tag === 'ADP';
  const clauseCommas = opensSubordinate ? s.flatMap((t, i) => (t.text === ',' && t.quote < 0 && (s[0]!.lower === 'as' || isClause(s, i + 1, last)) ? [i] : [])) : [];
  return { sources, nextTakeover, nextHandover, saidAfter, lastOpener, runStart, lastWord, onlyQuotedFrom, clauseCommas };
}

/** Reads an article's paragraphs in order. */
class Reader {
  readonly registry = new Registry();
  readonly drafts: Draft[] = [];
  /** The last direct statement: quoted sentences that follow it, with no cue of their own, continue it. */
  private lastDirect: Draft | null = null;
  /** Whether the last paragraph ended inside a quotation, which the next paragraph continues. */
  private openQuote = false;
  /** The quoted words of that paragraph that no speaker claimed yet. */
  private carried: string[] = [];
  /** A paragraph of quotation with no cue, held until the next paragraph shows whether it names the speaker. */
  private unclaimed: Draft | null = null;

  /** Records the names a sentence gives (outside quotations), with a title or role words before them. */
  private mentions(sentence: Sentence): void {
    const s = sentence.tokens;
    for (let i = 0; i < s.length; i++) {
      if (s[i]!.quote >= 0 || s[i]!.tag !== 'PROPN') continue;
      let j = i;
      while (s[j + 1]?.quote === -1 && (s[j + 1]!.tag === 'PROPN' || (NAME_PARTICLES.has(s[j + 1]!.lower) && s[j + 2]?.tag === 'PROPN') || (s[j + 1]!.text === '-' && s[j + 2]?.tag === 'PROPN'))) j++;
      this.nameOf(sentence, i, j);
      i = j;
    }
  }

  /**
   * The entity a run of name tokens [i, j] names, recorded with its role: title words inside the
   * run (`Prime Minister Nikol Pashinyan`) and role words just before it (`Wild coach Bruce Boudreau`).
   */
  private nameOf(sentence: Sentence, i: number, j: number, role: string | null = null) {
    const s = sentence.tokens;
    let from = i;
    // Titles before a person's name are its role (`Prime Minister Nikol Pashinyan`); an organisation's name keeps them (`Foreign Ministry`).
    const organisation = ORGANISATION_WORDS.has(s[j]!.lower);
    while (!organisation && from < j && (isTitleWord(s[from]!.text) || countryOf(s[from]!.text) !== null)) from++;
    const country = countryOf(s.slice(i, j + 1).map((t) => t.text).join(' '));
    for (let k = i; k < from; k++) if (countryOf(s[k]!.text)) this.registry.countCountry(countryOf(s[k]!.text)!);
    let roleFrom = from;
    if (!country) {
      // Lower-case role words before the name, and a name that owns them: `Wild defenseman`, `county elections director`.
      if (s[i - 1]?.tag === 'NOUN' && /^\p{Ll}/u.test(s[i - 1]!.text)) {
        roleFrom = i - 1;
        while (roleFrom > 0 && roleFrom > i - 5 && (s[roleFrom - 1]!.tag === 'NOUN' || s[roleFrom - 1]!.tag === 'ADJ' || s[roleFrom - 1]!.tag === 'PROPN') && s[roleFrom - 1]!.quote < 0) roleFrom--;
      } else roleFrom = i;
    }
    const title = roleFrom < from ? sentence.text.slice(s[roleFrom]!.start, s[from - 1]!.end) : null;
    // The name as written: `Khaled Al-Maeena`, not its tokens joined.
    const words = sentence.text.slice(s[from]!.start, s[j]!.end).split(/\s+/);
    return this.registry.name(words, role ?? title, title !== null && ORGANISATION_WORDS.has(title.split(' ').pop()!.toLowerCase()));
  }

  /** The speaker a source phrase stands for. */
  private resolve(sentence: Sentence, source: Source): Speaker {
    const s = sentence.tokens;
    const { from, to } = source.span;
    const role = source.role ? clauseText(spanText(sentence.text, s, source.role)) : null;
    if (to === from && s[from]!.tag === 'PRON') {
      // `The steward, Tomasz Wierzbicki, …, and knows, he says, …`: a pronoun later in a sentence stands for its subject.
      const subject = /^(?:he|she)$/.test(s[from]!.lower) ? this.subjectOf(sentence, from) : null;
      return subject ?? this.registry.pronoun(s[from]!.lower) ?? { unnamed: s[from]!.text };
    }
    // The head: the last name or noun before a preposition (`A spokeswoman for the mayor`), a bracket aside.
    let head = to;
    const preposition = s.slice(from, to + 1).findIndex((t) => t.tag === 'ADP');
    if (preposition > 0 && s[from + preposition - 1]!.tag === 'NOUN') head = from + preposition - 1;
    if (s[head]!.text === ')') while (head > from && s[head]!.text !== '(') head--;
    while (head > from && !['PROPN', 'NOUN', 'NUM', 'PRON'].includes(s[head]!.tag)) head--;
    if (s[head]!.tag === 'PROPN') {
      let first = head;
      while (first > from && (s[first - 1]!.tag === 'PROPN' || NAME_PARTICLES.has(s[first - 1]!.lower) || s[first - 1]!.text === '-')) first--;
      return { entity: this.nameOf(sentence, first, head, role) };
    }
    // `the minister`, `the company`: a determiner and a noun alone stand for one the article named;
    // `Defense attorneys`, `the Jordanian government` say more, and stay as written.
    const modifiers = s.slice(from + 1, head);
    const bare = s[from]!.tag === 'DET' && s[head]!.tag === 'NOUN' && s[head]!.lower === s[head]!.lemma && (modifiers.length === 0 || (isTitleWord(s[head]!.text) && modifiers.every((t, k) => t.tag === 'ADJ' || t.tag === 'NUM' || t.text === '-' || modifiers[k - 1]?.text === '-' || modifiers[k + 1]?.text === '-')));
    const entity = bare ? this.registry.commonNoun(s[head]!.lemma) : null;
    if (entity) return { entity };
    const words = spanText(sentence.text, s, { from, to: Math.max(head, to) });
    if (s[head]!.tag === 'NOUN' && s[head]!.lower !== s[head]!.lemma) this.registry.groupSpoke(words);
    return { unnamed: words };
  }

  /** The person a sentence's subject names, when it stands before token `before` (its first verb's subject, named); else null. */
  private subjectOf(sentence: Sentence, before: number): Speaker | null {
    const s = sentence.tokens;
    const verb = s.findIndex((t) => t.quote < 0 && (t.tag === 'VERB' || t.tag === 'AUX'));
    if (verb <= 0 || verb >= before) return null;
    const source = sourceOf(s, verb, { at: verb, frame: {}, according: false });
    if (!source || source.inverted || s[source.span.to]!.tag !== 'PROPN') return null;
    const speaker = this.resolve(sentence, source);
    return 'entity' in speaker && speaker.entity.kind === 'person' ? speaker : null;
  }

  /** Notes a sentence's subject as salient, for the pronouns after it: its speaker, or a name before its first verb. */
  private noteSubject(sentence: Sentence, speaker: Speaker | null): void {
    if (speaker) {
      if ('entity' in speaker) this.registry.spoke(speaker.entity);
      return;
    }
    const s = sentence.tokens;
    const verb = s.findIndex((t) => t.quote < 0 && (t.tag === 'VERB' || t.tag === 'AUX'));
    const subject = verb > 0 ? phraseEndingAt(s, skipBack(s, verb - 1)) : null;
    if (!subject || !['PROPN', 'PRON'].includes(s[subject.to]!.tag)) return;
    const resolved = this.resolve(sentence, { span: subject, role: null, inverted: false });
    if ('entity' in resolved) this.registry.spoke(resolved.entity);
  }

  /** Adds a statement. */
  private add(draft: Draft): Draft {
    this.drafts.push(draft);
    if ('entity' in draft.speaker) this.registry.spoke(draft.speaker.entity);
    return draft;
  }

  /** Reads one paragraph. */
  read(at: Paragraph): void {
    const text = at.text;
    const spans = findQuoteSpans(text);
    const tokens = tagParagraph(text);
    let q = 0;
    for (const t of tokens) {
      while (q < spans.length && spans[q]!.end <= t.start) q++;
      t.quote = q < spans.length && spans[q]!.open <= t.start ? q : -1;
    }
    const sentences: Sentence[] = [];
    let from = 0;
    for (const end of [...sentenceEnds(text, spans), text.length]) {
      let to = from;
      while (to < tokens.length && tokens[to]!.start < end) to++;
      if (to > from) sentences.push({ tokens: tokens.slice(from, to), text, spans });
      from = to;
    }
    // A paragraph that opens inside the quotation the last one left open continues its statement;
    // any other opens afresh, the last direct speaker kept for a paragraph of quotation with no cue.
    const previous = this.lastDirect;
    const continues = this.openQuote && opensWithQuote(text);
    if (!continues) this.lastDirect = null;
    // The lead's dateline (`GENEVA (Wire) —`) is no one's words.
    const dateline = leadingDateline(text);
    // Quoted words with no speaker yet, carried over from a paragraph that ended inside the quotation.
    let pending: string[] = continues ? this.carried : [];
    this.carried = [];
    // `— Jon Eide, first officer` under a quotation: the line that says whose words they were.
    const attributed = this.attribution(sentences);
    const unclaimed = this.unclaimed;
    this.unclaimed = null;
    if (attributed) {
      if (unclaimed) this.add({ ...unclaimed, speaker: attributed });
      return;
    }
    this.flush(unclaimed);
    for (const [n, sentence] of sentences.entries()) {
      this.registry.tick();
      this.mentions(sentence);
      const s = sentence.tokens;
      const cues = cuesOf(s);
      if (cues.length > 0) {
        const skip = n === 0 && dateline ? s.findIndex((t) => t.start >= dateline.end) : 0;
        this.noteSubject(sentence, this.readCues(sentence, cues, at, pending, Math.max(0, skip)));
        pending = [];
        continue;
      }
      if (s.every((t) => t.quote >= 0 || isPunct(t))) {
        const inner = quotesIn(s, 0, s.length - 1).map((k) => quoted(sentence, k));
        if (this.lastDirect) {
          this.lastDirect.parts.push(...inner);
          this.lastDirect.fragments.push(...inner);
        } else if (n === 0 && sentences.length === 1 && spans[spans.length - 1]?.closed !== false) {
          // A paragraph of quotation with no cue: the last speaker's words go on (no cue of its own),
          // unless the next paragraph says whose they are. Held until then.
          this.unclaimed = { speaker: previous?.speaker ?? { unnamed: '' }, cue: null, kind: 'direct', parts: inner, fragments: [...inner], at };
        } else pending.push(...inner);
        continue;
      }
      const led = this.colonLeadIn(sentence);
      if (led) {
        this.lastDirect = this.add({ speaker: led.speaker, cue: null, kind: 'direct', parts: led.parts, fragments: [...led.parts], at });
        continue;
      }
      this.noteSubject(sentence, null);
      this.lastDirect = null;
    }
    const last = spans[spans.length - 1];
    this.openQuote = last !== undefined && !last.closed;
    if (this.openQuote) this.carried = pending;
  }

  /** A held paragraph of quotation that no attribution line followed: the last speaker's words (when there was one). */
  flush(held: Draft | null = this.unclaimed): void {
    if (held && 'entity' in held.speaker) this.lastDirect = this.add(held);
    if (held === this.unclaimed) this.unclaimed = null;
  }

  /**
   * The speaker an attribution line names (`— Jon Eide, first officer`): a paragraph of a dash and
   * a name, with a role after a comma and no verb; null for any other paragraph.
   */
  private attribution(sentences: readonly Sentence[]): Speaker | null {
    const s = sentences[0]?.tokens;
    if (sentences.length !== 1 || !s || !/^[—–]$/.test(s[0]?.text ?? '') || s.some((t) => t.quote >= 0 || t.tag === 'VERB' || t.tag === 'AUX')) return null;
    const name = phraseStartingAt(s, 1);
    if (!name || s[name.to]!.tag !== 'PROPN') return null;
    const role = s[name.to + 1]?.text === ',' ? { from: name.to + 2, to: s.length - 1 - (isPunct(s[s.length - 1]) ? 1 : 0) } : null;
    return this.resolve(sentences[0]!, { span: name, role: role && role.to >= role.from ? role : null, inverted: false });
  }

  /**
   * A lead-in with no cue, a colon and then only a quotation (`Lopez was blunt: "We failed."`,
   * `Reyes's answer: "No."`): the person the lead-in opens with, by name or as `he` or `she`, said
   * it. Null for any other sentence, and for a lead-in that names no one (`Update: "…"`).
   */
  private colonLeadIn(sentence: Sentence): { speaker: Speaker; parts: string[] } | null {
    const s = sentence.tokens;
    const colon = s.findIndex((t) => t.quote < 0 && t.text === ':');
    if (colon < 1 || colon > 12 || s.slice(0, colon).some((t) => t.quote >= 0) || quoteAfter(s, colon + 1) !== colon + 1) return null;
    if (!s.slice(colon + 1).every((t) => t.quote >= 0 || isPunct(t))) return null;
    const first = s[0]!;
    let span: Span | null = null;
    if (first.tag === 'PRON' && /^(?:he|she)$/.test(first.lower)) span = { from: 0, to: 0 };
    else if (first.tag === 'PROPN') {
      const phrase = phraseStartingAt(s, 0);
      // `Reyes's answer`: the one who owns the words; `Ana Lopez`: the name itself.
      const owner = phrase ? s.slice(0, phrase.to + 1).findIndex((t) => /^['’]s?$/.test(t.lower)) : -1;
      span = owner > 0 ? { from: 0, to: owner - 1 } : phrase;
    }
    if (!span || !s.slice(span.from, span.to + 1).every((t) => t.tag === 'PROPN' || t.tag === 'PRON' || NAME_PARTICLES.has(t.lower) || t.text === '-')) return null;
    const speaker = this.resolve(sentence, { span, role: null, inverted: false });
    return { speaker, parts: quotesIn(s, colon + 1, s.length - 1).map((k) => quoted(sentence, k)) };
  }

  /** Reads a sentence's cues: each with its source and content, a direct, mixed or reported statement; returns its subject. */
  private readCues(sentence: Sentence, cues: readonly Cue[], at: Paragraph, pending: readonly string[], skip: number): Speaker | null {
    const s = sentence.tokens;
    const last = s.length - 1 - (isPunct(s[s.length - 1]) && s[s.length - 1]!.quote < 0 ? 1 : 0);
    let consumed = -1;
    let subject: Speaker | null = null;
    this.lastDirect = null;
    const { sources, nextTakeover, nextHandover, saidAfter, lastOpener, runStart, lastWord, onlyQuotedFrom, clauseCommas } = surveyed(s, cues, last);
    let nextComma = 0;
    let writers: ReturnType<typeof sentenceSubject> | null = null;
    for (const [k, cue] of cues.entries()) {
      const c = cue.at;
      if (c <= consumed) continue;
      const source = sources[k] ?? null;
      const participle = !cue.according && /ing$/.test(s[c]!.lower) && (!source || source.inverted);
      // `…, saying it would help`, `tweeted and said`: the sentence's subject speaks again.
      // `She gave no date, but said …`, `He denied it, saying …`: with no cue before it, the sentence's own subject.
      const coordinated = participle || (!source && /^(?:and|but)$/.test(s[c - 1]?.lower ?? ''));
      // (Never inside a quotation: its `I` is not the writer's subject.)
      if (coordinated && subject === null) writers ??= sentenceSubject(s);
      const sentenceOwn: Source | null = coordinated && subject === null && writers !== null && writers.verb < c && (writers.quoted === -1 || writers.quoted > c) ? writers.source : null;
      const speaker: Speaker | null = sentenceOwn ? this.resolve(sentence, sentenceOwn) : participle || (!source && subject) ? subject : source ? this.resolve(sentence, source) : null;
      if (!speaker) continue;
      subject ??= speaker;
      const cueText = cue.according ? `${s[c]!.text} ${s[c + 1]!.text}` : s[c]!.text;
      // The content stops where a later cue of the same speaker takes over: `…, adding …`, `… and said …`.
      const takeover = nextTakeover[k];
      // `Although X suggested …, Y told …`: a cue in a subordinate clause that opens the sentence says
      // what its clause holds; `As X told Y, …`: what X told is the sentence after it.
      while (nextComma < clauseCommas.length && clauseCommas[nextComma]! <= c) nextComma++;
      const clauseEnd = clauseCommas[nextComma] ?? -1;
      if (s[0]?.lower === 'as' && clauseEnd > c && clauseEnd < last && !s.slice(c + 1, clauseEnd).some((t) => t.tag === 'VERB' || t.tag === 'AUX' || t.quote >= 0)) {
        const made = this.reported(sentence, speaker, cueText, [{ from: clauseEnd + 1, to: last }], at);
        if (made?.kind === 'mixed') this.lastDirect = made;
        consumed = last;
        continue;
      }
      // `… his ambassador, but Sondland has said …`: a later cue whose own source follows a comma and
      // a conjunction hands the sentence over; the content stops before the comma.
      const handover = nextHandover[k];
      const stop = Math.min(takeover ? takeover.at - 2 : clauseEnd > c ? clauseEnd - 1 : last, handover ? handover.span.from - 3 : last);
      const own = source && !participle ? source : null;
      const sourceEnd = own ? Math.max(own.span.to, own.inverted ? (own.role?.to ?? 0) : 0, c + (cue.according ? 1 : 0)) : c;
      const sourceStart = own ? Math.min(own.span.from, own.role?.from ?? c, c) : c;
      // Direct: a quotation beside the cue and its source, before or after them, that is all the
      // sentence says there (a quotation after words of the writer's is a fragment: mixed).
      const beforeAt = quoteBefore(s, sourceStart - 1);
      const before = beforeAt >= 0 && lastWord[runStart[beforeAt]!]! <= lastOpener[beforeAt]! ? beforeAt : -1;
      // `told The Huffington Post, “…”`: the addressee stands between the cue and the quotation.
      const addressee = cue.frame.addressee && !own?.inverted ? phraseStartingAt(s, c + 1) : null;
      const afterAt = quoteAfter(s, (own?.inverted ? sourceEnd : (addressee?.to ?? c)) + 1);
      const after = afterAt >= 0 && onlyQuotedFrom[afterAt] === true ? afterAt : -1;
      // `notes, “…”, highlighting …`: a quotation the writer's words go on from is part of a mixed statement.
      if (afterAt >= 0 && after < 0 && before < 0) {
        this.reported(sentence, speaker, cueText, [{ from: afterAt, to: stop }], at);
        consumed = stop;
        continue;
      }
      if (before >= 0 || after >= 0) {
        // Quoted sentences before this one that no cue claimed yet (a quotation over paragraphs) come first.
        const parts = [...(k === 0 ? pending : []), ...(before >= 0 ? [quoted(sentence, s[before]!.quote)] : []), ...(after >= 0 ? quotesIn(s, after, last).map((x) => quoted(sentence, x)) : [])];
        this.lastDirect = this.add({ speaker, cue: cueText, kind: 'direct', parts, fragments: [...parts], at });
        // `"…," Lopez said, adding that …`: a cue of the same speaker after the quotation says more.
        consumed = after < 0 && takeover ? takeover.at - 1 : last;
        continue;
      }
      // `…, X said.`, `A, X noted, B.`, `…, according to X.`, `Apple was "pulled in," Cook said
      // Tuesday.`: the sentence round the source and its cue, when nothing after the cue is a clause of its own.
      const aside = sourceStart - 1;
      const asideQuote = s[aside] !== undefined && s[aside]!.quote >= 0 && sentence.spans[s[aside]!.quote]!.inner.trim().endsWith(',');
      // (Never a participle's: `…, saying it would help` says what follows it.)
      if ((s[aside]?.text === ',' || asideQuote) && aside > skip && !participle) {
        let next = sourceEnd + 1;
        while (next <= last && s[next]!.tag === 'ADV') next++;
        const governed = contentStart(s, c, cue.frame, last);
        const rest = next > last || s[next]!.text === ',' ? 'more' : cue.according || governed.that || isClause(s, governed.start, last) || s[governed.start]?.quote !== -1 ? 'clause' : 'aside';
        // What stands before is what was said only when it is a clause, or holds a quotation: not `In a statement, …`.
        const lead = s[skip]?.tag === 'CCONJ' ? skip + 1 : skip;
        // (Mid-sentence, `Many residents, he noted, were …`: the words on both sides make the clause.)
        const said = isClause(s, lead, aside - 1) || quotesIn(s, lead, aside).length > 0 || (rest === 'more' && s.slice(next + 1).some((t) => t.tag === 'VERB' || t.tag === 'AUX'));
        if (rest !== 'clause' && said) {
          const spans = [{ from: skip, to: asideQuote ? aside : aside - 1 }, ...(rest === 'more' && next < last ? [{ from: next + 1, to: last }] : [])];
          // Quoted sentences after a statement that quotes go on with it (`"We don't want those people" in
          // prisons, she said. "This was a black eye."`).
          const made = this.reported(sentence, speaker, cueText, spans, at);
          if (made?.kind === 'mixed') this.lastDirect = made;
          consumed = last;
          continue;
        }
      }
      // `According to X, …`: what follows the source, unless someone in it says it (`According to the
      // Herald, Professor Burrows said …`: his statement, the paper's report of it).
      if (cue.according) {
        const from = s[sourceEnd + 1]?.text === ',' ? sourceEnd + 2 : sourceEnd + 1;
        const inner = saidAfter[k];
        if (sourceStart === c && !inner && (s[sourceEnd + 1]?.text === ',' || isClause(s, from, last))) this.reported(sentence, speaker, cueText, [{ from, to: last }], at);
        if (!inner) consumed = last;
        continue;
      }
      // Reported: the clause the cue governs. With none, a quotation just before the sentence is
      // what was said (`“…?” He Jianxiong said at an event.`).
      const { start, that } = contentStart(s, c, cue.frame, stop);
      const isClauseHere = start <= stop && (that || isClause(s, start, stop) || s[start]!.quote >= 0);
      const judged = quotesIn(s, start, stop).length > 0;
      // An object that is a claim is a noun phrase (`denied the allegations`), not `with the referee`.
      const object = cue.frame.object === true && phraseStartingAt(s, start) !== null;
      // What opens with `who` or `which` belongs to a noun before the cue, not to the cue.
      const relative = /^(?:who|which|whom|whose)$/.test(s[start]?.lower ?? '');
      if (start > stop || relative || (!isClauseHere && !object && !(cue.frame.thatOnly && judged)) || (cue.frame.thatOnly && !that && !judged)) {
        if (pending.length > 0 && k === 0) this.lastDirect = this.add({ speaker, cue: cueText, kind: 'direct', parts: [...pending], fragments: [...pending], at });
        continue;
      }
      // An object (`denied the allegations`) ends at the first comma: what follows is the sentence's, not the claim's.
      let end = stop;
      if (!isClauseHere) for (let i = start; i < stop; i++) if (s[i]!.text === ',') end = Math.min(end, i - 1);
      this.reported(sentence, speaker, cueText, [{ from: start, to: end }], at);
      if (pending.length > 0 && k === 0) this.add({ speaker, cue: cueText, kind: 'direct', parts: [...pending], fragments: [...pending], at });
      consumed = end;
    }
    return subject;
  }

  /** Adds a reported statement (mixed when it holds a quotation) over stretches of a sentence, joined by a space. */
  private reported(sentence: Sentence, speaker: Speaker, cue: string | null, spans: readonly Span[], at: Paragraph): Draft | null {
    const s = sentence.tokens;
    // A conjunction that opens the writer's sentence (`But Apple has …`) is not what was said.
    const parts = spans
      .map((span) => (s[span.from]?.tag === 'CCONJ' ? { from: span.from + 1, to: span.to } : span))
      .filter((span) => span.to >= span.from)
      .map((span) => clauseText(spanText(sentence.text, s, span)).replace(/^[,\s]+/, ''));
    const text = parts.filter(Boolean).join(' ');
    if (text === '' || !/\p{L}/u.test(text)) return null;
    const fragments = spans.flatMap((span) => quotesIn(sentence.tokens, span.from, span.to)).map((k) => quoted(sentence, k));
    return this.add({ speaker, cue, kind: fragments.length > 0 ? 'mixed' : 'reported', parts: [text], fragments, at });
  }
}

/** The fullest name and the role of a speaker, once the whole article is read. */
function named(speaker: Speaker): { speaker: string; role: string | null } {
  return 'entity' in speaker ? { speaker: speaker.entity.name, role: speaker.entity.role } : { speaker: speaker.unnamed, role: null };
}

/** Finds every statement in an article's paragraphs, in order. */
export function extractQuotes(paragraphs: readonly Paragraph[]): Quote[] {
  const reader = new Reader();
  for (const p of paragraphs) reader.read(p);
  reader.flush();
  return reader.drafts
    .filter((d) => d.parts.some((p) => /\p{L}/u.test(p)))
    .map((d) => ({ ...named(d.speaker), cue: d.cue, kind: d.kind, text: d.parts.join(d.kind === 'direct' ? ' … ' : ' '), fragments: d.fragments, section: d.at.section, paragraph: d.at.paragraph }));
}
