/** Combining marks, built on first use: no mark lies below U+0300, so ASCII text never needs it. */
let combiningMark: RegExp | undefined;

/** Display columns of a string: wide East Asian characters and emoji take two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x300 && ((combiningMark ??= /\p{M}/u).test(ch) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f))) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** East Asian Wide and Fullwidth ranges, and the emoji planes. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * Greedy word wrap of one line of text to `width` columns; words longer than a line (URLs)
 * stay whole rather than being cut.
 */
export function wrapLine(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const w = displayWidth(word);
    if (used > 0 && used + 1 + w > width) {
      lines.push(line);
      line = word;
      used = w;
    } else {
      line = used > 0 ? `${line} ${word}` : word;
      used += (used > 0 ? 1 : 0) + w;
    }
  }
  lines.push(line);
  return lines;
}
