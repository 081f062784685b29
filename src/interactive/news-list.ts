// `news -i`: the story list full-screen. One row per story (source, age, title, unread mark), a
// cursor moved by keys or the wheel; a key that needs more than the list (Enter reads a story, r
// refreshes, s saves, o opens the browser) ends the session with that request, and the caller
// opens the list again where it was. The terminal is given back however the session ends.
import { ageOf } from '../render/age.js';
import { displayWidth, widest } from '../render/display-width.js';
import { cut } from '../render/news-styled.js';
import type { Theme } from '../render/theme.js';
import type { ListedStory } from '../select/news.js';
import { KeyDecoder, type Key } from './keys.js';
import { Screen } from './screen.js';
import { takeTerminal, Terminal, type EndingSignal, type KeyInput, type ScreenOutput } from './terminal.js';

/** What the list needs: the stories, where the cursor was, the terminal. */
export interface ListSetup {
  readonly stories: readonly ListedStory[];
  /** The story under the cursor when the list was last left (by its id), or null for the first. */
  readonly at: string | null;
  readonly unreadOnly: boolean;
  /** A line to show in the status row until the next key (what the last request did). */
  readonly message: string | null;
  readonly theme: Theme;
  readonly input: KeyInput;
  readonly output: ScreenOutput;
  readonly on: (event: EndingSignal, listener: () => void) => unknown;
  readonly off: (event: EndingSignal, listener: () => void) => unknown;
  readonly now: number;
}

/** How the list session ended: a request for the caller, or the end of `news -i`. */
export type ListEnd =
  | { readonly kind: 'quit' | EndingSignal }
  | { readonly kind: 'read' | 'save' | 'open'; readonly story: ListedStory; readonly unreadOnly: boolean }
  | { readonly kind: 'refresh'; readonly at: string | null; readonly unreadOnly: boolean };

/** The keys, as the help row shows them. */
const KEYS = 'Enter read · r refresh · u unread only · s save · o open · y copy address · q quit';

/** Lines the mouse wheel moves. */
const WHEEL_LINES = 3;

/** An OSC 52 sequence that puts text on the terminal's clipboard. */
export const copySequence = (text: string): string => `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;

/** One story as a row of the list, `width` columns at most; the cursor's row in reverse video. */
function row(story: ListedStory, width: number, feedWidth: number, theme: Theme, now: number, selected: boolean): string {
  const mark = story.read ? ' ' : '●';
  const age = ageOf(story.date, now).padStart(4);
  const feed = cut(story.feed, feedWidth);
  const left = `${selected ? '▸' : ' '} ${mark} ${age}  ${feed}${' '.repeat(Math.max(0, feedWidth - displayWidth(feed)))}  `;
  const title = cut(story.title, Math.max(1, width - displayWidth(left)));
  if (selected) return theme.match(left + title + ' '.repeat(Math.max(0, width - displayWidth(left + title))));
  return `  ${story.read ? ' ' : theme.unread(mark)} ${theme.muted(age)}  ${theme.slug(feed)}${' '.repeat(Math.max(0, feedWidth - displayWidth(feed)))}  ${story.read ? theme.muted(title) : title}`;
}

/** Runs the list until a request or the end; the terminal is restored on every way out. */
export function runNewsList(setup: ListSetup): Promise<ListEnd> {
  const terminal = new Terminal(setup.input, setup.output);
  const screen = new Screen((text) => terminal.write(text));
  const decoder = new KeyDecoder();
  let unreadOnly = setup.unreadOnly;
  let message = setup.message;
  let help = false;
  // The stories never change during a session: their unread count is taken once.
  const unread = setup.stories.filter((s) => !s.read).length;
  let shown: readonly ListedStory[] = [];
  let widestFeed = 4;
  let cursor = 0;
  /** The rows shown (every story, or the unread and the one at the cursor), the cursor on story `at`. */
  const show = (at: string | null | undefined): void => {
    shown = unreadOnly ? setup.stories.filter((s) => !s.read || s.id === at) : setup.stories;
    widestFeed = widest(shown, (s) => displayWidth(s.feed), 4);
    cursor = Math.max(0, shown.findIndex((s) => s.id === at));
  };
  show(setup.at);
  let top = 0;
  let size = terminal.size();

  const height = (): number => Math.max(1, size.rows - 2);
  const place = (): void => {
    cursor = Math.max(0, Math.min(cursor, shown.length - 1));
    if (cursor < top) top = cursor;
    if (cursor >= top + height()) top = cursor - height() + 1;
    top = Math.max(0, Math.min(top, Math.max(0, shown.length - height())));
  };
  const draw = (): void => {
    place();
    const width = size.columns;
    const head = cut(`kara-news news — ${setup.stories.length} ${setup.stories.length === 1 ? 'story' : 'stories'}, ${unread} unread${unreadOnly ? ' (showing unread)' : ''}`, width);
    const feedWidth = Math.min(18, widestFeed, Math.max(4, Math.floor(width / 4)));
    const rows = [setup.theme.title(head)];
    if (help) rows.push(...KEYS.split(' · ').map((k) => cut(`  ${k}`, width)));
    else if (shown.length === 0) rows.push(setup.theme.muted(cut(unreadOnly ? '  nothing unread: u shows every story' : "  no stories: r fetches the feeds, or add one with 'kara-news feeds add URL'", width)));
    else for (let i = top; i < Math.min(shown.length, top + height()); i++) rows.push(row(shown[i]!, width, feedWidth, setup.theme, setup.now, i === cursor));
    while (rows.length < size.rows - 1) rows.push('');
    rows.push(setup.theme.muted(cut(message ?? (help ? 'any key closes the keys' : `${KEYS.split(' · ').slice(0, 3).join(' · ')} · ? keys`), width)));
    screen.draw(rows.slice(0, size.rows));
  };

  return new Promise<ListEnd>((resolve, reject) => {
    let ended = false;
    let cleanUp = (): void => terminal.leave();
    function end(how: ListEnd): void {
      if (ended) return;
      ended = true;
      cleanUp();
      resolve(how);
    }
    function fail(err: unknown): void {
      if (ended) return;
      ended = true;
      cleanUp();
      reject(err);
    }
    function onResize(): void {
      size = terminal.size();
      screen.invalidate();
      draw();
    }
    /** A key: moves, toggles, or ends the session with a request. */
    function handle(key: Key): ListEnd | null {
      const ch = key.name === 'char' ? key.char : null;
      if (key.name === 'ctrl-c') return { kind: 'quit' };
      message = null;
      if (help) {
        help = false;
        return ch === 'q' ? { kind: 'quit' } : null;
      }
      const story = shown[cursor];
      if (key.name === 'down' || ch === 'j') cursor++;
      else if (key.name === 'up' || ch === 'k') cursor--;
      else if (key.name === 'wheeldown') cursor += WHEEL_LINES;
      else if (key.name === 'wheelup') cursor -= WHEEL_LINES;
      else if (key.name === 'pagedown' || ch === ' ') cursor += height();
      else if (key.name === 'pageup' || ch === 'b') cursor -= height();
      else if (key.name === 'home' || ch === 'g') cursor = 0;
      else if (key.name === 'end' || ch === 'G') cursor = shown.length - 1;
      else if (ch === 'u') {
        unreadOnly = !unreadOnly;
        show(story?.id);
      } else if (ch === 'r') return { kind: 'refresh', at: story?.id ?? null, unreadOnly };
      else if (ch === '?') help = true;
      else if (ch === 'q') return { kind: 'quit' };
      else if (story && (key.name === 'enter' || ch === 'l')) return { kind: 'read', story, unreadOnly };
      else if (story && ch === 's') return { kind: 'save', story, unreadOnly };
      else if (story && ch === 'o') return story.link ? { kind: 'open', story, unreadOnly } : ((message = 'this story has no address'), null);
      else if (story && ch === 'y') {
        if (story.link) {
          terminal.write(copySequence(story.link));
          message = `copied ${story.link}`;
        } else message = 'this story has no address';
      }
      return null;
    }
    function onData(data: string): void {
      try {
        for (const key of decoder.feed(data)) {
          if (ended) return;
          const request = handle(key);
          if (request) return end(request);
        }
        if (!ended) draw();
      } catch (err) {
        fail(err);
      }
    }
    try {
      cleanUp = takeTerminal(terminal, setup, onData, onResize, (kind) => end({ kind }));
      draw();
    } catch (err) {
      fail(err);
    }
  });
}
