import type { Found } from '../select/find.js';
import type { Sink } from '../write/sink.js';
import { highlightLine } from './highlight.js';
import type { Theme } from './theme.js';
import { wrapLine, wrapWords } from './wrap.js';

/** The narrowest the text beside an indent is wrapped to. */
const MIN_WIDTH = 8;

/** Terminal --find: matches grouped under their section's number and heading, the match highlighted. */
export function renderFoundStyled(found: readonly Found[], theme: Theme, width: number, sink: Sink): void {
  let section: number | null | undefined;
  const lines: string[] = [];
  for (const f of found) {
    if (f.section !== section) {
      if (lines.length > 0) lines.push('');
      if (f.section === null) lines.push(...wrapLine('(before the first heading)', width).map((l) => theme.muted(l)));
      else {
        // The heading wraps under itself, beside its number.
        const number = String(f.section);
        wrapLine(f.heading ?? '', Math.max(width - number.length - 2, MIN_WIDTH)).forEach((line, i) => {
          lines.push(`${i === 0 ? `${theme.sectionNumber(number)}  ` : ' '.repeat(number.length + 2)}${theme.heading(line)}`);
        });
      }
      section = f.section;
    }
    // Wrapped on the plain sentence, then the matches highlighted by their offsets in it.
    wrapWords(f.sentence, Math.max(width - 6, MIN_WIDTH)).forEach((words, i) => {
      lines.push(`${i === 0 ? theme.muted(`¶${f.paragraph}`.padEnd(4)) : '    '}  ${highlightLine(f.sentence, words, f.ranges, theme.match)}`);
    });
  }
  sink.write(lines.join('\n') + '\n');
}
