import type { Style } from './theme.js';
import { lineText, type WordSpan } from './wrap.js';

/** A stretch of the wrapped text to highlight: [start, end) offsets. */
export type Range = readonly [start: number, end: number];

/**
 * One wrapped line with the ranges highlighted, styled in a single pass over the plain text, so a
 * style never lands inside another style's escape sequence. A range broken across lines is
 * highlighted on each; the space between two words is highlighted when a range covers it.
 */
export function highlightLine(text: string, words: readonly WordSpan[], ranges: readonly Range[], style: Style): string {
  // Offsets only grow along the line, so one pointer walks the ranges (sorted by start) once.
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let r = 0;
  let reach = -1; // The furthest end of the ranges that start at or before the current offset.
  const covered = (at: number): boolean => {
    while (r < sorted.length && sorted[r]![0] <= at) reach = Math.max(reach, sorted[r++]![1]);
    return at < reach;
  };
  // The line's characters, each with whether a range covers it: its words, and the spaces between
  // (covered when one range runs from the end of a word into the next).
  const marks: boolean[] = [];
  words.forEach(([start, end], k) => {
    if (k > 0) marks.push(covered(words[k - 1]![1] - 1) && reach >= start + 1);
    for (let i = start; i < end; i++) marks.push(covered(i));
  });
  const plain = lineText(text, words);
  let out = '';
  for (let i = 0; i < plain.length; ) {
    let j = i + 1;
    while (j < plain.length && marks[j] === marks[i]) j++;
    out += marks[i] ? style(plain.slice(i, j)) : plain.slice(i, j);
    i = j;
  }
  return out;
}
