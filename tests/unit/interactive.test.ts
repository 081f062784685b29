import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { KeyDecoder } from '../../src/interactive/keys.js';
import { runReader, type EndingSignal } from '../../src/interactive/session.js';
import { loadArticle } from '../../src/index.js';
import { paragraphPlaces } from '../../src/parse/paragraphs.js';
import { styledPage } from '../../src/render/styled.js';
import { createTheme } from '../../src/render/theme.js';
import { selectAll } from '../../src/select/select.js';

describe('keys as terminals send them', () => {
  const names = (...chunks: string[]) => {
    const decoder = new KeyDecoder();
    return chunks.flatMap((c) => decoder.feed(c)).map((k) => (k.name === 'char' ? k.char : k.name));
  };

  it('reads arrows in both cursor modes, PgUp/PgDn, Home/End, the wheel, and plain keys', () => {
    expect(names('\u001b[A\u001bOB\u001b[5~\u001b[6~\u001b[H\u001bOF\u001b[1~\u001b[4~')).toEqual(['up', 'down', 'pageup', 'pagedown', 'home', 'end', 'home', 'end']);
    expect(names('\u001b[<64;3;4M\u001b[<65;3;4M\u001b[<0;3;4M\u001b[M`!!\u001b[Ma!!')).toEqual(['wheelup', 'wheeldown', 'wheelup', 'wheeldown']);
    expect(names('jk] /x\r\u007f\u0003\u001b')).toEqual(['j', 'k', ']', ' ', '/', 'x', 'enter', 'backspace', 'ctrl-c', 'escape']);
  });

  it('keeps a sequence split across reads, drops bracketed paste, ignores other controls and unknown sequences', () => {
    expect(names('\u001b[', '6~')).toEqual(['pagedown']);
    expect(names('a\u001b[200~q]t\u001b[201~b')).toEqual(['a', 'b']);
    expect(names('\u001b[200~q', 'w\u001b[201~j')).toEqual(['j']);
    expect(names('\u0001\u001b[15~\u001b[99X')).toEqual([]);
  });
});

/** A terminal for runReader in-process: keys in, writes out, signals by hand. */
function fakeTerminal(columns = 60, rows = 12) {
  const input = Object.assign(new EventEmitter(), { raw: false, setRawMode(raw: boolean) { this.raw = raw; }, setEncoding() {}, resume() {}, pause() {} });
  const written: string[] = [];
  const output = Object.assign(new EventEmitter(), { columns, rows, write: (text: string) => void written.push(text) });
  const signals = new EventEmitter();
  return {
    input,
    output,
    written,
    signals,
    on: (event: EndingSignal, listener: () => void) => signals.on(event, listener),
    off: (event: EndingSignal, listener: () => void) => signals.off(event, listener),
  };
}

describe('the reader gives the terminal back', async () => {
  const article = await loadArticle('tests/fixtures/layout/long-read.md');
  const theme = createTheme(1, 'dark');
  const setup = (t: ReturnType<typeof fakeTerminal>, layout = (width: number) => styledPage(selectAll(article), { theme, width, hyperlinks: false })) => ({
    article,
    theme,
    layout,
    places: paragraphPlaces(article),
    quotes: async () => [],
    input: t.input,
    release: () => {},
    output: t.output,
    on: t.on,
    off: t.off,
    measure: 80,
  });
  const LEAVE = '\u001b[?2004l\u001b[?1006l\u001b[?1000l\u001b[0m\u001b[?25h\u001b[?1049l';

  it('on q: the normal screen, the cursor, mouse and paste off, raw mode off', async () => {
    const t = fakeTerminal();
    const ended = runReader(setup(t));
    t.input.emit('data', 'q');
    expect(await ended).toBe('quit');
    expect(t.written.at(-1)).toBe(LEAVE);
    expect(t.input.raw).toBe(false);
  });

  it('on SIGTERM and SIGHUP, with the signal as the way it ended', async () => {
    for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
      const t = fakeTerminal();
      const ended = runReader(setup(t));
      t.signals.emit(signal);
      expect(await ended).toBe(signal);
      expect(t.written.at(-1)).toBe(LEAVE);
      expect(t.signals.listenerCount(signal)).toBe(0);
    }
  });

  it('on an internal error (here: laying out again after a resize fails)', async () => {
    const t = fakeTerminal();
    let calls = 0;
    const ended = runReader(setup(t, (width) => {
      if (++calls > 1) throw new Error('layout failed');
      return styledPage(selectAll(article), { theme, width, hyperlinks: false });
    }));
    t.output.columns = 44;
    t.output.emit('resize');
    await expect(ended).rejects.toThrow('layout failed');
    expect(t.written.at(-1)).toBe(LEAVE);
    expect(t.input.raw).toBe(false);
  });

  it('redraws only the rows that changed, and nothing for a key that does nothing', async () => {
    const t = fakeTerminal();
    const ended = runReader(setup(t));
    const before = t.written.length;
    t.input.emit('data', 'z');
    expect(t.written.length).toBe(before);
    t.input.emit('data', '/');
    // Only the status row (the last, 12) becomes the prompt.
    expect(t.written.at(-1)).toMatch(/^\u001b\[12;1H/);
    expect(t.written.at(-1)!.match(/\u001b\[\d+;1H/g)).toHaveLength(1);
    t.input.emit('data', '\u0003');
    expect(await ended).toBe('quit');
  });
});
