import type { ListedStory } from '../select/news.js';
import type { Sink } from '../write/sink.js';
import { ageOf } from './age.js';
import { displayWidth, widest } from './display-width.js';
import type { Theme } from './theme.js';
import { wrapLine } from './wrap.js';

/** The widest a feed's name is shown in the list before it is cut. */
const FEED_COLUMN = 18;

/** Cuts text to a display width, ending with … when cut. */
export function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}

/** Pads text to a display width. */
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/**
 * Terminal `news`: number, unread mark, age, feed and title in columns; a title too long for the
 * width wraps under itself; read stories are dimmed.
 */
export function renderNewsStyled(stories: readonly ListedStory[], theme: Theme, width: number, now: number, sink: Sink): void {
  if (stories.length === 0) return;
  const numberWidth = String(stories[stories.length - 1]!.number).length;
  const feedWidth = Math.min(FEED_COLUMN, widest(stories, (s) => displayWidth(s.feed)));
  const ageWidth = widest(stories, (s) => ageOf(s.date, now).length);
  const left = numberWidth + 3 + ageWidth + 2 + feedWidth + 2;
  const room = width - left;
  const lines: string[] = [];
  for (const s of stories) {
    const mark = s.read ? ' ' : theme.unread('●');
    const head = `${theme.sectionNumber(String(s.number).padStart(numberWidth))} ${mark} ${theme.muted(ageOf(s.date, now).padStart(ageWidth))}  ${theme.slug(pad(cut(s.feed, feedWidth), feedWidth))}  `;
    const title = (line: string): string => (s.read ? theme.muted(line) : line);
    if (room >= 20) wrapLine(s.title, room).forEach((line, k) => lines.push(k === 0 ? head + title(line) : ' '.repeat(left) + title(line)));
    else {
      lines.push(head.trimEnd());
      for (const line of wrapLine(s.title, Math.max(width - 4, 8))) lines.push(`    ${title(line)}`);
    }
  }
  sink.write(lines.join('\n') + '\n');
}
