import type { Found } from '../select/find.js';
import type { Sink } from '../write/sink.js';
import { highlightLine } from './highlight.js';
import type { Theme } from './theme.js';
import { wrapWords } from './wrap.js';

/** Terminal --find: matches grouped under their section's number and heading, the match highlighted. */
export function renderFoundStyled(found: readonly Found[], theme: Theme, width: number, sink: Sink): void {
  let section: number | null | undefined;
  const lines: string[] = [];
  for (const f of found) {
    if (f.section !== section) {
      if (lines.length > 0) lines.push('');
      lines.push(f.section === null ? theme.muted('(before the first heading)') : `${theme.sectionNumber(String(f.section))}  ${theme.heading(f.heading ?? '')}`);
      section = f.section;
    }
    // Wrapped on the plain sentence, then the matches highlighted by their offsets in it.
    wrapWords(f.sentence, Math.max(width - 6, 20)).forEach((words, i) => {
      lines.push(`${i === 0 ? theme.muted(`¶${f.paragraph}`.padEnd(4)) : '    '}  ${highlightLine(f.sentence, words, f.ranges, theme.match)}`);
    });
  }
  sink.write(lines.join('\n') + '\n');
}
