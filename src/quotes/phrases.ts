// Noun phrases and clauses of a tagged sentence, found by their parts of speech: the subject
// before a verb (`Wild coach Bruce Boudreau`, `The World Bank (WB)`, `the head of the agency`,
// `Hikmet Hajiyev, diplomatic advisor to …,`), the noun phrase after one (`said the minister`), and
// whether words read as a clause (a subject, then a verb).
import type { Tag, Token } from './tagger.js';

/** A stretch of a sentence's tokens: [from, to], both inclusive. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** Tags of the words a noun phrase is made of. */
const NOMINAL = new Set<Tag>(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON']);

/** Tags a noun phrase may end with (its head). */
const HEADS = new Set<Tag>(['PROPN', 'NOUN', 'PRON', 'NUM']);

/** Personal pronouns: a phrase of their own, never part of a longer one. */
const PERSONAL = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Possessive pronouns: a phrase's determiner (`his teams`). */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Marks that join the words of one name or noun: `Nagorno-Karabakh`, `AT&T`, `U.S.`, `Lopez’s`. */
const JOINING = new Set(['-', '–', '&', '.', "'s", '’s', "'", '’']);

/** True when a token may stand inside a noun phrase (`the main sticking point`: an -ing word before a noun too). */
const inPhrase = (t: Token | undefined, next?: Token): boolean =>
  t !== undefined && t.quote < 0 && (NOMINAL.has(t.tag) || JOINING.has(t.lower) || (t.tag === 'PART' && /^['’]s?$/.test(t.lower)) || (t.tag === 'VERB' && t.lower.endsWith('ing') && next?.tag === 'NOUN'));

/** Words that measure a number before it: `at least 5,000`, `more than 40`, `nearly 300`. */
const QUANTIFIER = /^(?:at least|at most|more than|less than|fewer than|up to|about|nearly|almost|around|roughly|some|over|under|just)\b/i;

/** Prepositions that join a noun to the phrase that says whose or where it is: `head of the agency`, `a spokeswoman for the mayor`. */
const SUBJECT_PREPOSITIONS = new Set(['of', 'for', 'at', 'from']);

/**
 * True when the phrase that starts at token `i` belongs to a noun before it: after `of`, after a
 * preposition of whose or where (`a spokeswoman for the mayor`), or as an adjective's complement
 * (`people familiar with the talks`).
 */
function joinedBefore(s: readonly Token[], i: number): boolean {
  const before = s[i - 1]?.lower ?? '';
  if (before === 'of') return true;
  if (SUBJECT_PREPOSITIONS.has(before) && s[i - 2]?.tag === 'NOUN') return true;
  return s[i - 1]?.tag === 'ADP' && POSTMODIFIERS.has(s[i - 2]?.lower ?? '') && s[i - 3]?.tag === 'NOUN';
}

/** Adjectives that take a complement after a noun: `people familiar with the talks`, `officials close to the mayor`. */
const POSTMODIFIERS = new Set(['familiar', 'close', 'aware', 'briefed', 'knowledgeable', 'involved', 'opposed']);

/** The index of the `(` that opens the bracket closed at `close`, or -1. */
function openingBracket(s: readonly Token[], close: number): number {
  for (let i = close - 1; i >= 0 && close - i < 12; i--) if (s[i]!.text === '(') return i;
  return -1;
}

/**
 * The noun phrase that ends at token `end`, walking left: names and nouns with their determiners,
 * adjectives and numbers, possessives, `X of Y`, names joined by `and`, and a bracket after a name
 * (`The World Bank (WB)`). Null when `end` is no phrase's head.
 */
export function phraseEndingAt(s: readonly Token[], end: number): Span | null {
  let last = end;
  // An abbreviation's period (`D-La.`, `Inc.`): the word before it is the head.
  if (s[last]?.text === '.' && s[last - 1]?.end === s[last]!.start && HEADS.has(s[last - 1]!.tag)) last--;
  if (s[last]?.text === ')') {
    const open = openingBracket(s, last);
    if (open <= 0) return null;
    last = open - 1;
  }
  const head = s[last];
  if (!head || head.quote >= 0 || !HEADS.has(head.tag)) return null;
  if (head.tag === 'PRON') return PERSONAL.has(head.lower) ? { from: last, to: end } : null;
  let from = last;
  for (let i = last - 1; i >= 0; i--) {
    const t = s[i]!;
    if (t.tag === 'PRON' && PERSONAL.has(t.lower)) break;
    if (inPhrase(t, s[i + 1]) || (t.tag === 'ADV' && s[i + 1]?.tag === 'ADJ')) {
      from = i;
      // A determiner or a possessive pronoun opens the phrase (unless a preposition joins it to a noun before).
      if ((t.tag === 'DET' || t.tag === 'PRON') && !joinedBefore(s, i)) break;
      continue;
    }
    // `the head of the agency`, `Smith and Jones`, `Gov. Eric Holcomb and leaders of …`: a noun before `of`, phrases joined by `and`.
    if ((SUBJECT_PREPOSITIONS.has(t.lower) && (s[i - 1]?.tag === 'NOUN' || (t.lower === 'of' && s[i - 1]?.tag === 'PROPN'))) || (t.lower === 'and' && (s[i - 1]?.tag === 'PROPN' || s[i - 1]?.tag === 'NOUN') && inPhrase(s[i + 1]))) {
      from = i;
      continue;
    }
    // `people familiar with Chinese trade policy`: a noun, an adjective that takes a complement, and its preposition.
    if (t.tag === 'ADP' && POSTMODIFIERS.has(s[i - 1]?.lower ?? '') && s[i - 2]?.tag === 'NOUN') {
      from = i - 2;
      i -= 2;
      continue;
    }
    break;
  }
  while (from < last && JOINING.has(s[from]!.lower)) from++;
  return { from, to: end };
}

/** The noun phrase that starts at token `start` (`said the minister`, `according to Reuters`), or null. */
export function phraseStartingAt(s: readonly Token[], start: number): Span | null {
  // A measure before a number belongs to the phrase: `at least 5,000 people`.
  const rest = s.slice(start, start + 3).map((t) => t.lower).join(' ');
  const measure = QUANTIFIER.exec(rest);
  if (measure) {
    const words = measure[0].split(' ').length;
    if (s[start + words]?.tag === 'NUM') {
      const after = phraseStartingAt(s, start + words);
      return after && { from: start, to: after.to };
    }
  }
  const first = s[start];
  if (!first || !inPhrase(first) || JOINING.has(first.lower)) return null;
  if (first.tag === 'PRON' && !POSSESSIVES.has(first.lower)) return PERSONAL.has(first.lower) ? { from: start, to: start } : null;
  let to = start;
  for (let i = start + 1; i < s.length; i++) {
    const t = s[i]!;
    if ((inPhrase(t, s[i + 1]) || (t.tag === 'ADV' && s[i + 1]?.tag === 'ADJ')) && !(t.tag === 'PRON' && !POSSESSIVES.has(t.lower)) && !(t.tag === 'DET' && i > start)) to = i;
    else if (t.lower === 'of' && HEADS.has(s[i - 1]!.tag) && inPhrase(s[i + 1])) to = i;
    // `Computers and electronic devices`, `president and chief operating officer`: nouns joined by `and` or `or`.
    else if ((t.lower === 'and' || t.lower === 'or') && HEADS.has(s[i - 1]!.tag) && inPhrase(s[i + 1], s[i + 2]) && !(s[i + 1]!.tag === 'PRON' && PERSONAL.has(s[i + 1]!.lower))) to = i;
    else break;
  }
  while (to > start && !HEADS.has(s[to]!.tag)) to--;
  return HEADS.has(s[to]!.tag) ? { from: start, to } : null;
}

/** A noun phrase with the prepositional phrases after it: `diplomatic advisor to Azerbaijani President Ilham Aliyev`. */
export function phraseWithComplements(s: readonly Token[], start: number): Span | null {
  const head = phraseStartingAt(s, start);
  if (!head) return null;
  let to = head.to;
  for (let n = 0; n < 3 && s[to + 1]?.tag === 'ADP' && s[to + 1]!.quote < 0; n++) {
    const object = phraseStartingAt(s, to + 2);
    if (!object) break;
    to = object.to;
  }
  return { from: start, to };
}

/** Words that open a relative clause set off by commas inside a subject: `the plan, which passed last week, protects renters`. */
const RELATIVES = new Set(['which', 'who', 'whose', 'whom', 'that', 'where']);

/**
 * True when tokens [from, to] read as a clause: a subject (a noun phrase, a pronoun, a quotation),
 * perhaps an aside set off by commas or brackets (`, which passed last week,`), then a verb.
 */
export function isClause(s: readonly Token[], from: number, to: number): boolean {
  const first = s[from];
  if (!first) return false;
  // An adverbial or a subordinate clause before the main one: `by 2050, …`, `although …, …` (not a
  // measure that opens a subject: `about 300 homes`).
  if ((first.tag === 'ADP' || first.tag === 'SCONJ') && first.quote < 0 && !phraseStartingAt(s, from)) {
    // After it, a clause or a quotation (`although …, "nobody has looked at these together"`).
    for (let i = from + 1; i <= to && i - from <= 20; i++) if (s[i]!.text === ',' && s[i]!.quote < 0) return (s[i + 1]?.quote ?? -1) >= 0 || isClause(s, i + 1, to);
    return false;
  }
  // An adverb that opens the clause: `Sometimes employees don't …`, `Still, the plan …`.
  if (first.tag === 'ADV' && first.quote < 0) return isClause(s, s[from + 1]?.text === ',' ? from + 2 : from + 1, to);
  let i: number;
  if (first.quote >= 0) {
    i = from;
    while (i <= to && s[i]!.quote === first.quote) i++;
  } else if ((first.tag === 'PRON' && !POSSESSIVES.has(first.lower)) || (first.tag === 'DET' && (s[from + 1]?.tag === 'VERB' || s[from + 1]?.tag === 'AUX'))) i = from + 1;
  else if ((first.tag === 'DET' || POSSESSIVES.has(first.lower)) && (s[from + 1]?.quote ?? -1) >= 0) i = from + 1;
  else {
    const subject = phraseStartingAt(s, from);
    if (!subject) return false;
    i = subject.to + 1;
  }
  // A quotation that names the subject: `the “mercurial temperament” had …`, `the president’s “temper” had …`.
  if (/^['’]s$/.test(s[i]?.lower ?? '') && (s[i + 1]?.quote ?? -1) >= 0) i++;
  if (i > from && (s[i]?.quote ?? -1) >= 0 && s[i]!.quote !== first.quote) {
    const quote = s[i]!.quote;
    while (i <= to && s[i]!.quote === quote) i++;
  }
  // A subject of two joined by `and` or `or`: `she and more than 40 fellow teachers … left`.
  if ((s[i]?.lower === 'and' || s[i]?.lower === 'or') && s[i]!.quote < 0) {
    const second = phraseStartingAt(s, i + 1) ?? phraseStartingAt(s, i + 3);
    if (second && s.slice(i + 1, second.from).every((t) => t.tag === 'ADJ' || t.tag === 'ADV' || t.tag === 'ADP')) i = second.to + 1;
  }
  // Prepositional phrases after the subject's head: `reduction of crop yields by 2050 exceeded …`.
  for (let n = 0; n < 3 && s[i]?.tag === 'ADP' && s[i]!.quote < 0; n++) {
    const object = phraseStartingAt(s, i + 1);
    // `before he died` opens a clause of its own; `many of them` is one phrase.
    if (!object || (s[object.from]!.tag === 'PRON' && !POSSESSIVES.has(s[object.from]!.lower) && s[i]!.lower !== 'of')) break;
    i = object.to + 1;
  }
  // Asides after the subject: relative clauses, with commas or without (`staffers who reported for
  // duty,`), appositives between commas, brackets.
  for (let n = 0; n < 3; n++) {
    const relative = RELATIVES.has(s[i]?.lower ?? '') && s[i]!.lower !== 'that';
    if (relative) {
      // Without commas, the relative clause's verbs come first, the main clause's after them:
      // `staff who worked that night were on overtime`.
      const verbal = (t: Token | undefined): boolean => t !== undefined && t.quote < 0 && (t.tag === 'VERB' || t.tag === 'AUX');
      let k = i + 1;
      while (k <= to && !verbal(s[k]) && s[k]!.text !== ',') k++;
      while (k <= to && verbal(s[k])) k++;
      while (k <= to && !verbal(s[k]) && s[k]!.text !== ',') k++;
      // (Not an -ing word that an adverbial opens: `which the referee awarded after confirming`.)
      if (k <= to && verbal(s[k]) && !(s[k]!.lower.endsWith('ing') && (s[k - 1]!.tag === 'ADP' || s[k - 1]!.tag === 'SCONJ'))) return true;
    }
    if (relative || (s[i]?.text === ',' && (RELATIVES.has(s[i + 1]?.lower ?? '') || phraseStartingAt(s, i + 1)))) {
      let close = i + 1;
      while (close <= to && s[close]!.text !== ',') close++;
      if (close > to) break;
      i = close + (relative ? 1 : 1);
      if (s[i - 1]?.text === ',' && relative && (s[i]?.tag === 'VERB' || s[i]?.tag === 'AUX')) break;
    } else if (s[i]?.text === '(') {
      while (i <= to && s[i]!.text !== ')') i++;
      i++;
    } else if ((s[i]?.text === '—' || s[i]?.text === '–') && s[i]!.quote < 0) {
      // A list or an aside between dashes: `the five companies — A, B and C — had been selected`.
      const dash = s[i]!.text;
      let close = i + 1;
      while (close <= to && close - i < 40 && s[close]!.text !== dash) close++;
      if (close > to || s[close]!.text !== dash) break;
      i = close + 1;
    } else break;
  }
  while (i <= to && (s[i]!.tag === 'ADV' || s[i]!.tag === 'PART')) i++;
  return i <= to && s[i]!.quote < 0 && (s[i]!.tag === 'VERB' || s[i]!.tag === 'AUX');
}

/** The words of a span as written in the paragraph: its text from the first token to the last. */
export function spanText(text: string, s: readonly Token[], span: Span): string {
  return text.slice(s[span.from]!.start, s[span.to]!.end);
}
