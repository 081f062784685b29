/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|No|vs|etc|e\.g|i\.e|U\.S|U\.K|U\.N|[A-Z])\.$/;

/**
 * Splits a paragraph into sentences: after `.`, `!` or `?` (and any closing quote or bracket),
 * before a capital, digit or opening quote; never after a common abbreviation or an initial.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?][”’"')\]]*\s+(?=[“‘"'(\[]?[\p{Lu}\d])/gu;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 8), end))) continue;
    sentences.push(text.slice(start, end));
    start = m.index + m[0].length;
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}
