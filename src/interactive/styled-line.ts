// One styled line of the reader's screen, by what it shows: its visible text, the line cut to a
// number of columns, and the line with stretches of its visible text highlighted.
import { displayWidth } from '../render/display-width.js';

/** An SGR sequence or an OSC 8 hyperlink sequence: parts of a line that take no columns. */
const ESCAPE = /\u001b\[[0-9;]*m|\u001b\]8;;[^\u001b]*\u001b\\/y;

/** The line as the terminal shows it: no escape sequences. */
export function visibleText(line: string): string {
  return line.includes('\u001b') ? line.replace(/\u001b\[[0-9;]*m|\u001b\]8;;[^\u001b]*\u001b\\/g, '') : line;
}

/** The line's parts: escape sequences, and each visible character with its offset in the visible text. */
function* parts(line: string): Generator<{ escape: string } | { ch: string; at: number }> {
  let at = 0;
  for (let i = 0; i < line.length; ) {
    if (line[i] === '\u001b') {
      ESCAPE.lastIndex = i;
      const m = ESCAPE.exec(line);
      if (m) {
        yield { escape: m[0] };
        i += m[0].length;
        continue;
      }
    }
    const ch = String.fromCodePoint(line.codePointAt(i)!);
    yield { ch, at };
    at += ch.length;
    i += ch.length;
  }
}

/** The line cut to at most `columns` columns, its styles closed at the cut. */
export function cutToWidth(line: string, columns: number): string {
  if (!line.includes('\u001b') && line.length <= columns && /^[\x20-\x7e]*$/.test(line)) return line;
  let out = '';
  let used = 0;
  for (const part of parts(line)) {
    if ('escape' in part) {
      out += part.escape;
      continue;
    }
    const w = displayWidth(part.ch);
    if (used + w > columns) return out + '\u001b[0m';
    out += part.ch;
    used += w;
  }
  return out;
}

/**
 * The line with the given [start, end) stretches of its visible text between `on` and `off`
 * (a match: reverse video, or the theme's match colour); the line's own styles resume after.
 */
export function highlightRanges(line: string, ranges: readonly (readonly [number, number])[], on: string, off: string): string {
  if (ranges.length === 0) return line;
  let out = '';
  let active = '';
  let inside = false;
  for (const part of parts(line)) {
    if ('escape' in part) {
      out += part.escape;
      if (part.escape.endsWith('m')) active = part.escape === '\u001b[0m' || part.escape === '\u001b[m' ? '' : active + part.escape;
      // A reset inside a match would end it: open it again.
      if (inside) out += on;
      continue;
    }
    const within = ranges.some(([s, e]) => part.at >= s && part.at < e);
    if (within && !inside) {
      out += on;
      inside = true;
    } else if (!within && inside) {
      out += off + active;
      inside = false;
    }
    out += part.ch;
  }
  return inside ? out + off : out;
}
