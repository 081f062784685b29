// `read -i`: the full-screen reader. Owns the order of an interactive run: take the terminal,
// lay the article out for its width, then turn each key (or resize) into a new state and draw
// the rows that changed; and give the terminal back however the run ends.
import type { Article } from '../parse/article.js';
import type { Quote } from '../quotes/types.js';
import type { StyledPage } from '../render/styled.js';
import type { Theme } from '../render/theme.js';
import { ReaderDocument, type ParagraphPlace } from './document.js';
import { KeyDecoder, type Key } from './keys.js';
import { Screen } from './screen.js';
import { takeTerminal, Terminal, type EndingSignal, type KeyInput, type ScreenOutput } from './terminal.js';
import { compose, whoRows, type ReaderState, type WhoRow } from './view.js';

export type { EndingSignal } from './terminal.js';

/** What the reader needs: the article, how to lay it out, its statements, and the terminal. */
export interface ReaderSetup {
  readonly article: Article;
  readonly theme: Theme;
  /** Lays the article out at a width (render/styled.ts: styledPage). */
  readonly layout: (width: number) => StyledPage;
  readonly places: readonly ParagraphPlace[];
  /** The article's statements, found the first time they are asked for. */
  readonly quotes: () => Promise<readonly Quote[]>;
  readonly input: KeyInput;
  /** Lets the key input go once the reader is done (a terminal opened for it is closed). */
  readonly release: () => void;
  readonly output: ScreenOutput;
  readonly on: (event: EndingSignal, listener: () => void) => unknown;
  readonly off: (event: EndingSignal, listener: () => void) => unknown;
  /** The widest the text is laid out, however wide the terminal (the styled view's measure). */
  readonly measure: number;
}

/** How the reader ended: by a key, or by a signal. */
export type ReaderEnd = 'quit' | EndingSignal;

/** Lines the mouse wheel scrolls. */
const WHEEL_LINES = 3;

/** Runs the reader until a quit key or a signal; the terminal is restored on every way out. */
export async function runReader(setup: ReaderSetup): Promise<ReaderEnd> {
  const terminal = new Terminal(setup.input, setup.output);
  const screen = new Screen((text) => terminal.write(text));
  // The article's title: its front matter's, else its first heading when that is a headline (#).
  const first = setup.article.sections[0];
  const title = setup.article.meta.title ?? (first && first.level === 1 && first.start === 0 ? first.heading : setup.article.name);
  const layoutFor = (columns: number): ReaderDocument =>
    new ReaderDocument(setup.layout(Math.max(20, Math.min(columns, setup.measure))), setup.article.tokens, setup.article.sections, setup.places);

  let size = terminal.size();
  let doc = layoutFor(size.columns);
  let state: ReaderState = { top: 0, mode: 'read', typed: '', search: null, tocCursor: 0, whoCursor: 0, message: null };
  let who: WhoRow[] | null = null;
  const decoder = new KeyDecoder();

  const height = (): number => Math.max(1, size.rows - 1);
  const lastTop = (): number => Math.max(0, doc.lines.length - height());
  const clamp = (top: number): number => Math.max(0, Math.min(top, Math.max(lastTop(), Math.min(top, doc.lines.length - 1))));
  const draw = (): void => screen.draw(compose(doc, state, setup.theme, who ?? [], title, size));

  return new Promise<ReaderEnd>((resolve, reject) => {
    let ended = false;
    const end = (how: ReaderEnd): void => {
      if (ended) return;
      ended = true;
      cleanUp();
      resolve(how);
    };
    const fail = (err: unknown): void => {
      if (ended) return;
      ended = true;
      cleanUp();
      reject(err);
    };
    let giveBack = (): void => terminal.leave();
    const onResize = (): void => {
      try {
        const anchor = doc.anchor(state.top);
        const before = Math.min(size.columns, setup.measure);
        size = terminal.size();
        if (Math.min(size.columns, setup.measure) !== before) {
          doc = layoutFor(size.columns);
          if (state.search) state = { ...state, search: searchIn(doc, state.search.query, state.search.current) };
        }
        state = { ...state, top: clamp(doc.lineOf(anchor)) };
        screen.invalidate();
        draw();
      } catch (err) {
        fail(err);
      }
    };
    const onData = (data: string): void => {
      try {
        for (const key of decoder.feed(data)) {
          if (ended) return;
          const next = handle(key);
          if (next === 'quit') return end('quit');
        }
        if (!ended) draw();
      } catch (err) {
        fail(err);
      }
    };
    function cleanUp(): void {
      giveBack();
      setup.release();
    }

    /** A key in the current mode: the next state, or 'quit'. */
    function handle(key: Key): 'quit' | void {
      const ch = key.name === 'char' ? key.char : null;
      if (key.name === 'ctrl-c') return 'quit';
      state = { ...state, message: null };
      if (state.mode === 'search') {
        if (key.name === 'enter') {
          const search = searchIn(doc, state.typed, 0, state.top);
          state = { ...state, mode: 'read', search, top: search.count > 0 ? placeMatch(search) : state.top, message: search.count === 0 ? `no match for '${state.typed}'` : null };
        } else if (key.name === 'escape') state = { ...state, mode: 'read' };
        else if (key.name === 'backspace') state = { ...state, typed: [...state.typed].slice(0, -1).join('') };
        else if (ch !== null) state = { ...state, typed: state.typed + ch };
        return;
      }
      if (state.mode === 'help') {
        if (ch === 'q') return 'quit';
        state = { ...state, mode: 'read' };
        return;
      }
      if (state.mode === 'toc') {
        const count = doc.sectionLines.length;
        if (key.name === 'down' || ch === 'j') state = { ...state, tocCursor: Math.min(count - 1, state.tocCursor + 1) };
        else if (key.name === 'up' || ch === 'k') state = { ...state, tocCursor: Math.max(0, state.tocCursor - 1) };
        else if (key.name === 'enter') state = { ...state, mode: 'read', top: clamp(doc.sectionLines[state.tocCursor]?.line ?? state.top) };
        else if (key.name === 'escape' || ch === 't') state = { ...state, mode: 'read' };
        else if (ch === 'q') return 'quit';
        return;
      }
      if (state.mode === 'who') {
        const rows = who ?? [];
        const statements = rows.flatMap((row, i) => (row.kind === 'statement' ? [i] : []));
        const at = statements.indexOf(state.whoCursor);
        if (key.name === 'down' || ch === 'j') state = { ...state, whoCursor: statements[Math.min(statements.length - 1, at + 1)] ?? state.whoCursor };
        else if (key.name === 'up' || ch === 'k') state = { ...state, whoCursor: statements[Math.max(0, at - 1)] ?? state.whoCursor };
        else if (key.name === 'enter') {
          const row = rows[state.whoCursor];
          if (row?.kind === 'statement') {
            const { section, paragraph } = row.quote;
            const line = doc.paragraphLine(section, paragraph) ?? doc.sectionLines.find((s) => s.section.number === section)?.line ?? state.top;
            state = { ...state, mode: 'read', top: clamp(line) };
          }
        } else if (key.name === 'escape' || ch === 'w') state = { ...state, mode: 'read' };
        else if (ch === 'q') return 'quit';
        return;
      }
      // Reading.
      const page = height();
      if (key.name === 'down' || ch === 'j' || key.name === 'enter') state = { ...state, top: scrollTo(state.top + 1) };
      else if (key.name === 'up' || ch === 'k') state = { ...state, top: scrollTo(state.top - 1) };
      else if (key.name === 'wheeldown') state = { ...state, top: scrollTo(state.top + WHEEL_LINES) };
      else if (key.name === 'wheelup') state = { ...state, top: scrollTo(state.top - WHEEL_LINES) };
      else if (key.name === 'pagedown' || ch === ' ' || ch === 'f') state = { ...state, top: scrollTo(state.top + page) };
      else if (key.name === 'pageup' || ch === 'b') state = { ...state, top: scrollTo(state.top - page) };
      else if (key.name === 'home' || ch === 'g') state = { ...state, top: 0 };
      else if (key.name === 'end' || ch === 'G') state = { ...state, top: lastTop() };
      else if (ch === ']') {
        const next = doc.sectionLines.find((s) => s.line > state.top);
        state = next ? { ...state, top: clamp(next.line) } : { ...state, message: 'no next section' };
      } else if (ch === '[') {
        const previous = [...doc.sectionLines].reverse().find((s) => s.line < state.top);
        state = previous ? { ...state, top: clamp(previous.line) } : { ...state, top: 0 };
      } else if (ch === 't') {
        if (doc.sectionLines.length === 0) state = { ...state, message: 'no sections' };
        else {
          const current = doc.sectionAt(state.top);
          state = { ...state, mode: 'toc', tocCursor: Math.max(0, doc.sectionLines.findIndex((s) => s.section === current)) };
        }
      } else if (ch === '/') state = { ...state, mode: 'search', typed: '' };
      else if ((ch === 'n' || ch === 'N') && state.search && state.search.count > 0) {
        const { count, current } = state.search;
        const search = { ...state.search, current: ch === 'n' ? (current + 1) % count : (current - 1 + count) % count };
        state = { ...state, search, top: placeMatch(search) };
      } else if (key.name === 'escape') state = { ...state, search: null };
      else if (ch === 'w') openWho();
      else if (ch === '?') state = { ...state, mode: 'help' };
      else if (ch === 'q') return 'quit';
    }

    /** A scroll within the text: never above the top, never past the last screen (unless already there after a jump). */
    function scrollTo(top: number): number {
      return Math.max(0, Math.min(top, Math.max(lastTop(), Math.min(state.top, top))));
    }

    /** The top line that shows a search's current match a third of the way down. */
    function placeMatch(search: NonNullable<ReaderState['search']>): number {
      const match = search.matches.find((m) => m.n === search.current);
      if (!match) return state.top;
      const visible = match.line >= state.top && match.line < state.top + height();
      return visible ? state.top : clamp(match.line - Math.floor(height() / 3));
    }

    /** Opens the speakers list, finding the statements the first time. */
    function openWho(): void {
      if (who !== null) {
        state = { ...state, mode: 'who' };
        return;
      }
      state = { ...state, message: 'finding who said what…' };
      draw();
      setup
        .quotes()
        .then((quotes) => {
          if (ended) return;
          who = whoRows(quotes);
          state = { ...state, mode: 'who', message: null, whoCursor: who.findIndex((row) => row.kind === 'statement') };
          draw();
        })
        .catch(fail);
    }

    try {
      giveBack = takeTerminal(terminal, setup, onData, onResize, end);
      draw();
    } catch (err) {
      fail(err);
    }
  });
}

/** A search in a document, the current match the first at or after line `from`. */
function searchIn(doc: ReaderDocument, query: string, current: number, from?: number): NonNullable<ReaderState['search']> {
  const matches = doc.search(query);
  const count = matches.length === 0 ? 0 : matches[matches.length - 1]!.n + 1;
  const start = from === undefined ? current : (matches.find((m) => m.line >= from)?.n ?? 0);
  return { query, matches, count, current: count === 0 ? 0 : Math.min(start, count - 1) };
}
