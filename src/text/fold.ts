/** Typographic quotes, apostrophes and dashes, each to the ASCII character typed for it. */
const FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u02bc': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

/** Where a typographic character is: text without any is returned as it is. */
const TYPOGRAPHIC = /[\u2018\u2019\u201a\u201b\u02bc\u2032\u201c-\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212]/g;

/**
 * Text with curly quotes and apostrophes made straight and every dash a hyphen, so what a user
 * types (`enclave's`, `"five to six"`) matches what an article prints (`enclave’s`, `“five to six”`).
 * One character for one, so offsets in the folded text are offsets in the original.
 */
export function foldPunctuation(text: string): string {
  return text.replace(TYPOGRAPHIC, (ch) => FOLDS[ch] ?? ch);
}
