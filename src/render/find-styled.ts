import type { Found } from '../select/find.js';
import type { Sink } from '../write/sink.js';
import type { Theme } from './theme.js';
import { wrapLine } from './wrap.js';

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
    // Wrapped on the plain sentence, then the matched text highlighted in each line.
    wrapLine(f.sentence, Math.max(width - 6, 20)).forEach((line, i) => {
      lines.push(`${i === 0 ? theme.muted(`¶${f.paragraph}`.padEnd(4)) : '    '}  ${highlightLine(line, f, theme)}`);
    });
  }
  sink.write(lines.join('\n') + '\n');
}

/** Highlights the matched text inside one wrapped line of a sentence. */
function highlightLine(line: string, f: Found, theme: Theme): string {
  const words = new Set(f.ranges.map(([s, e]) => f.sentence.slice(s, e)));
  let out = line;
  for (const w of words) if (w.trim() !== '' && out.includes(w)) out = out.split(w).join(theme.match(w));
  return out;
}
