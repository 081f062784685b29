import type { Section } from '../parse/sections.js';
import type { Sink } from '../write/sink.js';
import type { Theme } from './theme.js';
import { readingTime } from './byline.js';
import { widest } from './display-width.js';
import { displayWidth, wrapLine } from './wrap.js';

/**
 * Terminal outline: numbered, indented by level, with each section's word count and reading
 * time. In columns when every row fits the width; otherwise each heading wraps beside its number
 * and its figures follow on a line of their own.
 */
export function renderOutlineStyled(sections: readonly Section[], theme: Theme, width: number, sink: Sink): void {
  // reduce, not Math.min(...list): an article of 200,000 headings is more arguments than a call takes.
  const top = sections.reduce((m, s) => Math.min(m, s.level), Infinity);
  const numberWidth = String(sections.length).length;
  const rows = sections.map((s) => ({
    indent: '  '.repeat(s.level - top),
    number: String(s.number).padStart(numberWidth),
    heading: s.heading,
    top: s.level === top,
    right: `${s.words} ${s.words === 1 ? 'word' : 'words'} · ${readingTime(s.words)}`,
  }));
  const plainLeft = (r: (typeof rows)[number]): string => `${r.indent}${r.number}  ${r.heading}`;
  const column = widest(rows, (r) => displayWidth(plainLeft(r))) + 3;
  const figures = widest(rows, (r) => r.right.length);
  const lines: string[] = [];
  if (column + figures <= width) {
    for (const r of rows) {
      const gap = ' '.repeat(column - displayWidth(plainLeft(r)));
      lines.push(`${r.indent}${theme.sectionNumber(r.number)}  ${r.top ? theme.heading(r.heading) : r.heading}${gap}${theme.muted(r.right.padStart(figures))}`);
    }
  } else {
    for (const r of rows) {
      const hang = r.indent.length + r.number.length + 2;
      const room = Math.max(width - hang, 8);
      wrapLine(r.heading, room).forEach((line, i) => {
        const text = r.top ? theme.heading(line) : line;
        lines.push(i === 0 ? `${r.indent}${theme.sectionNumber(r.number)}  ${text}` : `${' '.repeat(hang)}${text}`);
      });
      for (const line of wrapLine(r.right, room)) lines.push(`${' '.repeat(hang)}${theme.muted(line)}`);
    }
  }
  sink.write(lines.join('\n') + '\n');
}
