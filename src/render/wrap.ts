import { displayWidth } from './display-width.js';

export { displayWidth };

/** A word of a wrapped line: its [start, end) offsets in the text that was wrapped. */
export type WordSpan = readonly [start: number, end: number];

/**
 * Greedy word wrap of one line of text to `width` columns: each line as the words it holds,
 * by their offsets in `text` (words are separated by spaces; a run of spaces is one break).
 * A word longer than a line (a URL) stays whole on a line of its own.
 */
export function wrapWords(text: string, width: number): WordSpan[][] {
  const lines: WordSpan[][] = [];
  let line: WordSpan[] = [];
  let used = 0;
  for (let start = 0; start < text.length; ) {
    if (text.charCodeAt(start) === 32) {
      start++;
      continue;
    }
    let end = text.indexOf(' ', start);
    if (end === -1) end = text.length;
    const w = displayWidth(text.slice(start, end));
    if (line.length > 0 && used + 1 + w > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? 1 : 0) + w;
    line.push([start, end]);
    start = end;
  }
  lines.push(line);
  return lines;
}

/** The text of a wrapped line: its words joined by single spaces. */
export const lineText = (text: string, words: readonly WordSpan[]): string => words.map(([s, e]) => text.slice(s, e)).join(' ');

/** Greedy word wrap of one line of text to `width` columns (see wrapWords), as the lines' text. */
export function wrapLine(text: string, width: number): string[] {
  return wrapWords(text, width).map((words) => lineText(text, words));
}
