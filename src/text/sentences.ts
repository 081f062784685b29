// The one sentence splitter: `--find` lists the sentences it returns, and the quote analysis
// reads a paragraph sentence by sentence through it (with its quotations kept whole).

/** Abbreviations whose period does not end a sentence: lower case, without their last period. */
const ABBREVIATIONS = new Set(
  `mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr inc ltd co corp bros vs etc al e.g i.e cf
  u.s u.k u.n jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m rev fr mt ft approx est dept univ`.split(/\s+/),
);

/** Abbreviations only before a number (`No. 5`, `Vol. 2`): elsewhere `No.` is a word that ends a sentence. */
const BEFORE_NUMBERS = new Set(['no', 'nos', 'vol', 'fig', 'pp', 'art']);

/**
 * True when a word followed by a period is an abbreviation or an initial (`Mr.`, `U.S.`, `J.`, and
 * `No.` before a number): that period ends no sentence. `next` is the text after the period.
 */
function isAbbreviation(word: string, next = ''): boolean {
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || /^[A-Z]$/.test(word) || (BEFORE_NUMBERS.has(lower) && /^\s*\d/.test(next));
}

/** A stretch of text no sentence ends inside, such as a quotation: [open, end) offsets, in text order. */
export interface Unbroken {
  readonly open: number;
  readonly end: number;
}

/** A candidate end: closing punctuation, white space, and what the next sentence opens with. */
const BOUNDARY = /[.!?][”’"')\]»]*\s+[“‘"'(\[«„]?(\S)/g;

/** True for a capital (a letter whose lower case differs) or a digit: what a sentence opens with. */
const opensSentence = (ch: string): boolean => (ch >= '0' && ch <= '9') || (ch !== ch.toLowerCase() && ch === ch.toUpperCase());

/**
 * Where the sentences of a paragraph end, as offsets just past each sentence's last character:
 * after `.`, `!` or `?` and any closing quotes or brackets, where white space and then a capital,
 * a digit or an opening quote or bracket follow; never after an abbreviation or an initial, and
 * never inside an `unbroken` stretch (a quotation may end a sentence, but not break one).
 */
export function sentenceEnds(text: string, unbroken: readonly Unbroken[] = []): number[] {
  const ends: number[] = [];
  let u = 0; // The first stretch that has not closed before the current candidate (both run in text order).
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    // Only the punctuation and white space are consumed: the next sentence may end at once (`No. Yes.`).
    BOUNDARY.lastIndex = m.index + m[0].search(/\s/);
    if (!opensSentence(m[1]!)) continue;
    const end = m.index + m[0].search(/\s/);
    if (text[m.index] === '.' && isAbbreviation(wordBefore(text, m.index), text.slice(m.index + 1, m.index + 4))) continue;
    while (u < unbroken.length && unbroken[u]!.end <= end) u++;
    if (u < unbroken.length && unbroken[u]!.open < end) continue;
    ends.push(end);
  }
  return ends;
}

/** The word just before offset `at`: letters, digits and inner periods (`U.S`), back to a space or an opening mark. */
function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !/[\s(“"‘'\[«„]/.test(text[from - 1]!)) from--;
  return text.slice(from, at);
}

/** Splits a paragraph into its sentences (see sentenceEnds), each trimmed. */
export function splitSentences(text: string, unbroken: readonly Unbroken[] = []): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const end of sentenceEnds(text, unbroken)) {
    sentences.push(text.slice(start, end));
    start = end;
  }
  sentences.push(text.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}
