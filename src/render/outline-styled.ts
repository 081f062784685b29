import type { Section } from '../parse/sections.js';
import type { Sink } from '../write/sink.js';
import type { Theme } from './theme.js';
import { readingMinutes } from './byline.js';
import { displayWidth } from './wrap.js';

/** Terminal outline: numbered, indented by level, with each section's word count and reading time. */
export function renderOutlineStyled(sections: readonly Section[], theme: Theme, sink: Sink): void {
  const top = Math.min(...sections.map((s) => s.level));
  const numberWidth = String(sections.length).length;
  const rows = sections.map((s) => ({
    left: `${'  '.repeat(s.level - top)}${theme.sectionNumber(String(s.number).padStart(numberWidth))}  ${s.level === top ? theme.heading(s.heading) : s.heading}`,
    plainLeft: `${'  '.repeat(s.level - top)}${String(s.number).padStart(numberWidth)}  ${s.heading}`,
    right: `${s.words} ${s.words === 1 ? 'word' : 'words'} · ${readingMinutes(s.words)} min`,
  }));
  const column = Math.max(...rows.map((r) => displayWidth(r.plainLeft))) + 3;
  const widest = Math.max(...rows.map((r) => r.right.length));
  for (const r of rows) {
    const gap = ' '.repeat(column - displayWidth(r.plainLeft));
    sink.write(`${r.left}${gap}${theme.muted(r.right.padStart(widest))}\n`);
  }
}
