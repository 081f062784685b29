import type { Paragraph } from '../parse/paragraphs.js';
import { startsLower, startsUpper } from '../text/chars.js';
import { countryOf, EntityRegistry, OPENING_ADVERBS, type Entity, type Speaker } from './people-and-places.js';
import { sentences, type FrameToken, type Sentence } from './frame.js';
import { AUXILIARIES, CONJUNCTIONS, MODALS, NAME_PARTICLES, NOT_NAME_START, ORGANISATION_WORDS, PREPOSITION_WORDS, PRONOUNS, SUBORDINATORS, TIME_LEADS, TIME_WORDS, TITLE_WORDS } from './lexicon.js';
import { isFiniteVerb } from './clause.js';
import { cueLemma, takesAddressee } from './cues.js';
import { isRoleWord, isSourceNoun } from './sources.js';
import { matchSentence, sentenceStart, subjectOf, type Match, type Span } from './patterns.js';
import { findQuoteSpans, opensWithQuote, type QuoteSpan } from './quotation-marks.js';
import type { Quote, QuoteKind } from './types.js';

/** A statement while it is being built: its speaker stays an entity until the article is read. */
interface Draft {
  speaker: Speaker;
  cue: string | null;
  kind: QuoteKind;
  parts: string[];
  fragments: string[];
  at: Paragraph;
}

/** A quoted paragraph given to the last speaker (or to no one), which the next paragraph may attribute. */
interface Unclaimed {
  readonly draft: Draft | null;
  readonly quoted: string;
  readonly at: Paragraph;
}

/** A quotation still open at a paragraph's end: the statement it belongs to, or its text awaiting one. */
interface OpenQuote {
  draft: Draft | null;
  pending: string[];
  at: Paragraph;
}

/** Words of a span of tokens. */
const words = (s: Sentence, span: Span): string[] => s.slice(span.from, span.to + 1).filter((t) => t.kind === 'word').map((t) => t.text);

/** Reads one paragraph's sentences, remembering names and answering who a phrase refers to. */
class Reader {
  readonly registry = new EntityRegistry();
  /** The last group the article named by a plural noun as subject or speaker (`the scientists`), for `they`. */
  private group: { readonly speaker: Speaker; readonly at: number } | null = null;

  /** Notes a subject or speaker; a plural common noun becomes what a later `they` may mean. */
  noteSpeaker(speaker: Speaker): void {
    const head = 'unnamed' in speaker ? speaker.unnamed.split(' ').pop()! : '';
    if (/s$/.test(head) && !PRONOUNS.has(head.toLowerCase()) && isSourceNoun(head)) this.group = { speaker, at: this.registry.now() };
  }

  /** Records every name in a sentence, with an appositive role (`Hajiyev, diplomatic advisor to …,`). */
  mentions(s: Sentence, text: string): void {
    const start = sentenceStart(s);
    for (let i = start; i < s.length; i++) {
      const t = s[i]!;
      if (t.kind !== 'word') continue;
      const country = countryOf(t.text);
      if (country && !startsUpper(s[i + 1]?.text) && !this.registry.personNamed(t.text)) this.registry.countCountry(country);
      if (!startsUpper(t.text) || (i === start && NOT_NAME_START.has(t.lower))) continue;
      // `in the Cabinet Room`, `at the Grand Hotel`: a place, which no pronoun later stands for.
      const place = s[i - 1]?.lower === 'the' && PLACE_PREPOSITIONS.has(s[i - 2]?.lower ?? '');
      // `he told Business Insider`, `warned Jan Okafor`: who is told listens, and a pronoun after stands for the teller.
      const told = s[i - 1]?.kind === 'word' && takesAddressee(cueLemma(s[i - 1]!.lower) ?? '');
      if (place || told) {
        const from = i;
        while (s[i + 1]?.kind === 'word' && startsUpper(s[i + 1]!.text)) i++;
        if (told) this.registry.listener(s.slice(from, i + 1).map((x) => x.text));
        continue;
      }
      // Lower-case role words just before the name belong to it: `chief executive Laura Chen`,
      // `county elections director Sam Whitfield` (up to four, the nearest a title or a noun for a role).
      let from = i;
      const isRoleBefore = (k: number): boolean => k >= start && s[k]!.kind === 'word' && startsLower(s[k]!.text) && !ROLE_STOPS.has(s[k]!.text);
      if (isRoleBefore(i - 1) && isRoleWord(s[i - 1]!.text)) {
        from = i - 1;
        while (from > i - 4 && isRoleBefore(from - 1)) from--;
      }
      let j = i;
      while (s[j + 1]?.kind === 'word' && (startsUpper(s[j + 1]!.text) || (/^(?:of|de|al|bin|van|von)$/.test(s[j + 1]!.text) && startsUpper(s[j + 2]?.text)))) j++;
      const run = s.slice(from, j + 1).map((x) => x.text);
      this.registry.mention(run, appositive(s, j, text), affiliation(s, i, j, text));
      i = j;
    }
  }

  /** Resolves the words of a speaker phrase to an entity, or keeps them as an unnamed source. */
  resolve(s: Sentence, span: Span, speaks = false): Speaker {
    return this.resolveWords(words(s, span), speaks);
  }

  /** Resolves the words of a speaker phrase (resolve). */
  private resolveWords(given: readonly string[], speaks: boolean): Speaker {
    // `and studies show`, `though officials say`: a conjunction before a subject is not part of it.
    let ws = [...given];
    while (ws.length > 1 && SPEAKER_OPENERS.has(ws[0]!.toLowerCase())) ws = ws.slice(1);
    // `Clark in October revealed`: a time between a name and its verb is not part of the name.
    const when = ws.findIndex((w, k) => k >= 1 && TIME_LEADS.has(w) && ws.slice(0, k).every((x) => startsUpper(x)) && ws.slice(k + 1).some((x) => TIME_WORDS.test(x)));
    if (when > 0) ws = ws.slice(0, when);
    // `Cornyn's statement added`: what a statement or report says, its holder says.
    // `Dr Felipe Leyton of the University of Chile`: the person, whose affiliation mentions() kept as the role.
    const of = ws.findIndex((w, k) => k >= 2 && /^(?:of|at|from)$/.test(w) && startsUpper(ws[k - 1]) && startsUpper(ws[k - 2]));
    if (of > 0 && ws.slice(of + 1).some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')) || /['’]s$/.test(w))) {
      // `planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory`: role words before the name too.
      const before = ws.slice(0, of);
      const speaker = before.every((x) => startsUpper(x)) ? { entity: this.registry.mention(before) } : this.resolveWords(before, speaks);
      if ('entity' in speaker && speaker.entity?.kind === 'person') return { entity: speaker.entity };
    }
    const possessor = ws.findIndex((w) => /['’]s$/.test(w) && startsUpper(w));
    if (possessor >= 0 && possessor < ws.length - 1 && ws.slice(possessor + 1).every((w) => startsLower(w)) && isSourceNoun(ws[ws.length - 1]!)) {
      const name = [...ws.slice(0, possessor), ws[possessor]!.replace(/['’]s$/, '')];
      const entity = this.registry.mention(name);
      return entity ? { entity } : { unnamed: name.join(' ') };
    }
    const first = ws[0]!;
    if (ws.length === 1 && PRONOUNS.has(first.toLowerCase())) {
      const entity = this.registry.pronoun(first);
      // `they`: a group named more recently than any organisation was a subject.
      if (first.toLowerCase() === 'they' && this.group && (!entity || this.group.at > entity.salience)) return this.group.speaker;
      return entity ? { entity } : { unnamed: first };
    }
    if (/^(?:the|The)$/.test(first) && ws.length > 1) {
      const rest = ws.slice(1);
      const head = rest[rest.length - 1]!;
      const capitals = rest.filter((w) => startsUpper(w));
      // `the regional transport authority Metrolink`: an organisation named after its description.
      if (capitals.length > 0 && startsUpper(head) && rest.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))) {
        const name = rest.slice(rest.findIndex((w) => startsUpper(w))).join(' ');
        const role = rest.slice(0, rest.length - name.split(' ').length).join(' ') || null;
        return { entity: this.registry.organisation(name, role) };
      }
      if (capitals.length === 0) {
        const entity = this.registry.definite(head);
        if (entity) return { entity };
        // `the employers' federation`: an organisation the article names only by what it is.
        if (ORGANISATION_WORDS.has(head.toLowerCase()) && rest.length > 1) return { entity: this.registry.organisation(rest.join(' '), null) };
        return { unnamed: ws.join(' ') };
      }
    }
    // `council leader Maria Lund`, `Facebook co-founder Mark Zuckerberg`: role words before a name are its role.
    const lastLower = ws.findLastIndex((w) => startsLower(w) && !NAME_PARTICLES.has(w) && !/^(?:of|for)$/.test(w) && !ARABIC_ARTICLE.test(w));
    const fullName = ws.length - lastLower - 1 >= 2 && !ROLE_STOPS.has(ws[lastLower] ?? '');
    if (lastLower >= 0 && lastLower < ws.length - 1 && (isRoleWord(ws[lastLower]!) || fullName) && ws.slice(lastLower + 1).every((w) => startsUpper(w))) {
      const entity = this.registry.mention(ws.slice(lastLower + 1), ws.slice(ws[0] === 'the' ? 1 : 0, lastLower + 1).join(' '));
      if (entity) return { entity };
    }
    const names = ws[0] && NOT_NAME_START.has(first.toLowerCase()) && ws.length > 1 && startsUpper(ws[1]) ? ws.slice(1) : ws;
    // Names, with particles (de Vries) and titles in any case (councillor Marc Leroy).
    const upper = (w: string | undefined): boolean => startsUpper(w) || ARABIC_ARTICLE.test(w ?? '');
    if (upper(names[names.length - 1]) && names.every((w) => upper(w) || NAME_PARTICLES.has(w) || /^(?:of|for)$/.test(w) || TITLE_WORDS.has(w))) {
      const entity = this.registry.mention(names, null, null, speaks && names.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(names[0]!));
      if (entity) return { entity };
    }
    return { unnamed: ws.join(' ') };
  }
}

/**
 * A pronoun later in the sentence whose subject it stands for (`Officials went to the station,
 * where they claimed …`): the subject, when it agrees in kind and number; otherwise null.
 */
function subjectFor(s: Sentence, span: Span, subject: Span | null, subjectSpeaker: Speaker | null): Speaker | null {
  if (span.from !== span.to || !subject || !subjectSpeaker || subject.to >= span.from) return null;
  const pronoun = s[span.from]!.lower;
  if (!PRONOUNS.has(pronoun) || PRONOUNS.has(s[subject.from]!.lower)) return null;
  const kind = 'entity' in subjectSpeaker ? subjectSpeaker.entity.kind : null;
  const plural = 'unnamed' in subjectSpeaker && /s$/.test(subjectSpeaker.unnamed);
  const agrees = pronoun === 'they' ? plural || kind === 'organisation' : pronoun === 'he' || pronoun === 'she' ? kind === 'person' : pronoun === 'it' ? kind === 'organisation' || kind === 'country' : false;
  return agrees ? subjectSpeaker : null;
}

/** A name with an Arabic article: `al-Amr`, `el-Sisi`. */
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|bin|ibn|abu)-\p{Lu}/u;

/** Words that end a run of role words leftwards: function words (prepositions among them: `the line after Davis`) and verbs. */
const ROLE_STOPS = new Set([
  ...'the a an that this his her their its who which when where if said says told is was were are has had have be been'.split(' '),
  ...PREPOSITION_WORDS,
  ...CONJUNCTIONS,
  ...SUBORDINATORS,
]);

/** Prepositions that put `the` and a capitalised name in a place: `in the Cabinet Room`. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'into', 'inside', 'outside', 'near', 'from', 'to', 'across', 'through']);

/** Conjunctions and subordinators that may open the words before a cue, and are not the speaker. */
const SPEAKER_OPENERS = new Set([
  ...CONJUNCTIONS,
  ...SUBORDINATORS,
  'as',
  'if',
  'when',
  // Not `will`, `may`: first names too (`Will Smith`).
  ...[...MODALS].filter((m) => !['will', 'may', 'shall'].includes(m)),
]);

/** `Dr Felipe Leyton of the University of Chile`: the institution a person's name is followed by, when the name is a person's (two words or more). */
function affiliation(s: Sentence, i: number, j: number, text: string): string | null {
  if (j - i < 1 || !/^(?:of|at|from)$/.test(s[j + 1]?.text ?? '')) return null;
  let k = j + 2;
  if (s[k]?.text === 'the') k++;
  if (!startsUpper(s[k]?.text)) return null;
  let end = k;
  while (s[end + 1]?.kind === 'word' && (startsUpper(s[end + 1]!.text) || (/^(?:of|for|and)$/.test(s[end + 1]!.text) && startsUpper(s[end + 2]?.text)))) end++;
  if (!s.slice(k, end + 1).some((t) => ORGANISATION_WORDS.has(t.lower))) return null;
  return text.slice(s[j + 1]!.start, s[end]!.end);
}

/** Words that open a clause after a comma, not an aside about a name: `According to WHO, there were …`. */
const ASIDE_BREAKERS = new Set([...PRONOUNS, ...CONJUNCTIONS, ...SUBORDINATORS, 'there', 'this', 'that', 'these', 'those', 'you', 'which', 'when', 'if']);

/** `NAME, role words,` right after a name: the role, if the words read as one (lower case or `the …`). */
function appositive(s: Sentence, j: number, text: string): string | null {
  if (s[j + 1]?.text !== ',' || s[j + 2]?.kind !== 'word') return null;
  // `Ingrid Solberg, told me …,` and `Tomasz Wierzbicki, has worked …,` open with a verb: no role.
  const opener = s[j + 2]!;
  if (isFiniteVerb(opener) || cueLemma(opener.lower) !== undefined || AUXILIARIES.has(opener.lower) || ASIDE_BREAKERS.has(opener.lower)) return null;
  const capitalOpener = !startsLower(s[j + 2]!.text) && !/^(?:the|a|an)$/i.test(s[j + 2]!.text);
  for (let k = j + 3; k < Math.min(s.length, j + 18); k++) {
    // A capitalised aside is a role only when it ends in one: `Panama coach`.
    // `3,248`: a comma between digits separates thousands and ends nothing.
    if (s[k]!.text === ',' && /^\d+$/.test(s[k - 1]!.text) && /^\d/.test(s[k + 1]?.text ?? '')) continue;
    if (s[k]!.text === ',') {
      if (capitalOpener && !(startsLower(s[k - 1]!.text) && isRoleWord(s[k - 1]!.lower))) return null;
      return s[k + 1]?.kind === 'word' ? text.slice(s[j + 2]!.start, s[k - 1]!.end) : null;
    }
    if (s[k]!.kind !== 'word') return null;
  }
  return null;
}

/** An attribution line under a quotation: a dash, a capitalised name of up to five words, and a role after a comma. */
const ATTRIBUTION = /^[—–―-]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin)){0,4})\s*(?:,\s*([^\n]{1,80}))?$/u;

/** The inner text of a quotation without a trailing comma. */
const inner = (span: QuoteSpan): string => span.inner.trim().replace(/,$/, '');

/** Cleans reported content: single spaces, no trailing punctuation. */
const clean = (text: string): string => {
  // A comma that closed a quotation at the end belongs to the sentence, not the statement: `“… enterprise,”`.
  const one = text.replace(/\s+/g, ' ').trim().replace(/^[,;:]\s*/, '').replace(/[,;:]\s*(["”’»])$/, '$1');
  let end = one.length;
  while (end > 0 && ',;:.'.includes(one[end - 1]!)) end--;
  return one.slice(0, end);
};

/** Turns a match into a draft statement, reading its text from the paragraph. */
function draftOf(match: Match, speaker: Speaker, s: Sentence, text: string, spans: readonly QuoteSpan[], at: Paragraph): Draft {
  const tokens = match.content.flatMap((c) => s.slice(c.from, c.to + 1));
  const quotes = tokens.filter((t) => t.kind === 'quote').map((t) => spans[t.quote]!);
  if (match.direct) {
    const parts = quotes.map(inner);
    return { speaker, cue: match.cue, kind: 'direct', parts, fragments: [], at };
  }
  const body = clean(match.content.map((c) => text.slice(s[c.from]!.start, s[c.to]!.end)).join(' '));
  return { speaker, cue: match.cue, kind: quotes.length > 0 ? 'mixed' : 'reported', parts: [body], fragments: quotes.map((q) => q.inner.trim()), at };
}

/** True when a quotation is a sentence someone said (it ends like one, or holds a verb), not a title or a scare-quoted phrase. */
function readsAsSentence(quoted: string): boolean {
  if (/[.!?…]$/.test(quoted)) return true;
  return sentences(quoted, []).some((s) => s.some((t, i) => i > 0 && isFiniteVerb(t)));
}

/** The quotation of a sentence that is nothing but a quotation (`“We will win.”`), or null. */
function loneQuote(s: Sentence): FrameToken | null {
  const rest = s.slice(sentenceStart(s)).filter((t) => !(t.kind === 'punct' && /[.!?]/.test(t.text)));
  return rest.length === 1 && rest[0]!.kind === 'quote' ? rest[0]! : null;
}

/** Finds every statement in an article's paragraphs (in reading order), with speakers resolved. */
export function extractQuotes(paragraphs: readonly Paragraph[]): Quote[] {
  const reader = new Reader();
  const drafts: Draft[] = [];
  let lastSpeaker: Speaker | null = null;
  let open = null as OpenQuote | null;

  /** A quoted sentence nobody claimed within its paragraph: the last speaker's, continuing. */
  let waiting: string | null = null;
  let waitingAt: Paragraph | null = null;
  // A quoted paragraph left to the last speaker, which an attribution line after it may claim.
  let unclaimed = null as Unclaimed | null;
  const settle = (quoted: string): void => {
    const draft: Draft | null = lastSpeaker && waitingAt ? { speaker: lastSpeaker, cue: null, kind: 'direct', parts: [quoted], fragments: [], at: waitingAt } : null;
    if (draft) drafts.push(draft);
    if (waitingAt) unclaimed = { draft, quoted, at: waitingAt };
  };

  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    // `“…”` then a line `— Jon Eide, first officer`: the quotation is theirs.
    const attribution = unclaimed ? ATTRIBUTION.exec(text.trim()) : null;
    const claimed = unclaimed as Unclaimed | null;
    unclaimed = null;
    if (attribution && claimed) {
      const entity = reader.registry.mention(attribution[1]!.split(/\s+/), attribution[2]?.trim() || null, null, true);
      if (entity) {
        const speaker: Speaker = { entity };
        if (claimed.draft) claimed.draft.speaker = speaker;
        else drafts.push({ speaker, cue: null, kind: 'direct', parts: [claimed.quoted], fragments: [], at: claimed.at });
        lastSpeaker = speaker;
        continue;
      }
    }
    const spans = findQuoteSpans(text);
    const continues: boolean = open !== null && opensWithQuote(text) && spans[0]?.open === text.search(/\S/);
    const carried: OpenQuote | null = continues ? open : null;
    open = null;
    let previousDirect: Draft | null = null;

    for (const s of sentences(text, spans)) {
      reader.registry.tick();
      reader.mentions(s, text);
      const subject = subjectOf(s);
      let sentenceSpeaker: Speaker | null = subject ? reader.resolve(s, subject) : null;
      if (sentenceSpeaker && 'entity' in sentenceSpeaker) reader.registry.makeSalient(sentenceSpeaker.entity);
      if (sentenceSpeaker) reader.noteSpeaker(sentenceSpeaker);

      const matches = matchSentence(s);
      // `“The ferry sank in minutes.” Okafor said that …`: a quote waiting from the last sentence is
      // the next speaker's, when the next sentence opens by naming who speaks.
      const opener = matches[0];
      const waitingFor = waiting && opener?.speaker.kind === 'phrase' && opener.speaker.span.from === sentenceStart(s) ? waiting : null;
      if (waiting && !waitingFor) settle(waiting);
      waiting = null;
      for (const match of matches) {
        const speaker: Speaker | null =
          match.speaker.kind === 'phrase' ? subjectFor(s, match.speaker.span, subject, sentenceSpeaker) ?? reader.resolve(s, match.speaker.span, true) : sentenceSpeaker ?? lastSpeaker;
        // The writer's own `I found …` or `we think …` is the article, not a source it quotes.
        // Nor is an adverb that opens the sentence (`Shortly, claiming …`) anyone.
        if (!speaker || ('unnamed' in speaker && (/^(?:i|we)$/i.test(speaker.unnamed) || OPENING_ADVERBS.has(speaker.unnamed.toLowerCase())))) continue;
        if (waitingFor && match === opener) drafts.push({ speaker, cue: match.cue, kind: 'direct', parts: [waitingFor], fragments: [], at: paragraph });
        if ('entity' in speaker) reader.registry.makeSalient(speaker.entity);
        sentenceSpeaker = speaker;
        const draft = draftOf(match, speaker, s, text, spans, paragraph);
        const usesFirst = match.content.some((c) => s.slice(c.from, c.to + 1).some((t) => t.kind === 'quote' && t.quote === 0));
        if (carried && usesFirst) {
          if (carried.draft) {
            carried.draft.parts.push(...draft.parts);
            continue;
          }
          draft.parts.unshift(...carried.pending);
          draft.at = carried.at;
        }
        drafts.push(draft);
        lastSpeaker = speaker;
        if (draft.kind === 'direct') previousDirect = draft;
      }

      const lone = matches.length === 0 ? loneQuote(s) : null;
      if (lone) {
        const span = spans[lone.quote]!;
        if (carried && lone.quote === 0) {
          if (carried.draft) carried.draft.parts.push(inner(span));
          else carried.pending.push(inner(span));
          if (!span.closed) open = carried;
          continue;
        }
        if (previousDirect) {
          // `“A,” she said. “B.”`: the next sentence is the same speaker's next statement.
          const next: Draft = { speaker: previousDirect.speaker, cue: previousDirect.cue, kind: 'direct', parts: [inner(span)], fragments: [], at: paragraph };
          drafts.push(next);
          previousDirect = next;
          if (!span.closed) open = { draft: next, pending: [], at: paragraph };
        } else if (!span.closed) {
          open = { draft: null, pending: [inner(span)], at: paragraph };
        } else if (readsAsSentence(inner(span))) {
          waiting = inner(span);
          waitingAt = paragraph;
        }
      }
    }
    if (waiting) settle(waiting);
    waiting = null;
    const last = spans[spans.length - 1];
    if (last && !last.closed && open === null && previousDirect) open = { draft: previousDirect, pending: [], at: paragraph };
  }

  return drafts.map((d) => {
    const entity: Entity | null = 'entity' in d.speaker ? d.speaker.entity : null;
    const direct = d.kind === 'direct';
    if (direct) d.parts = d.parts.filter((part) => part !== '');
    return {
      speaker: entity ? entity.name : (d.speaker as { unnamed: string }).unnamed,
      role: entity?.role ?? null,
      cue: d.cue,
      kind: d.kind,
      // The parts of a split quote, joined as the terminal view shows them: `A … B`.
      text: d.parts.join(direct ? ' … ' : ' '),
      fragments: direct ? d.parts : d.fragments,
      section: d.at.section,
      paragraph: d.at.paragraph,
    };
  });
}
