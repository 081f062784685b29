// Character classes by code point and case mapping rather than Unicode property regexes: V8
// compiles each `\p{…}` pattern into large tables on first use, which cost more than reading a
// whole article. Shared by the quote analysis and the reading of web pages.

/** True for punctuation, symbols and spaces outside ASCII: Latin-1 signs, general punctuation, CJK marks. */
function isNonAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x80 && code <= 0xbf && code !== 0xaa && code !== 0xb5 && code !== 0xba) ||
    code === 0xd7 ||
    code === 0xf7 ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x20a0 && code <= 0x21ff) ||
    (code >= 0x2e00 && code <= 0x2e7f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff0f) ||
    code === 0xfeff
  );
}

/** True for a letter, digit or combining mark (a character that can be part of a word). */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return !isNonAsciiPunctuation(code);
}

/** True when a character is a letter or digit. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isWordCode(ch.codePointAt(0)!);
}

/** True when text holds a letter or digit (of any script). */
export function hasWordChar(text: string): boolean {
  for (const ch of text) if (isWordCode(ch.codePointAt(0)!)) return true;
  return false;
}

/** The runs of letters and digits in text, in order: its words, whatever the script's punctuation. */
export function wordRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const ch of text) {
    if (isWordCode(ch.codePointAt(0)!)) run += ch;
    else if (run !== '') {
      runs.push(run);
      run = '';
    }
  }
  if (run !== '') runs.push(run);
  return runs;
}

/** True when a word is written in capitals: it has a capital and no lower-case letter (`BAKU`, `N.Y.`). */
export function isCapitalised(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}
