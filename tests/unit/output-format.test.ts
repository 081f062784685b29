import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decideColour, decideFormat, type FormatFlags } from '../../src/format/output-format.js';
import type { Io } from '../../src/io.js';

/** An Io whose stdout is a terminal of `columns` or a pipe. */
function io(tty: boolean, env: Record<string, string> = {}, columns?: number): Io {
  const stdout = Object.assign(new PassThrough(), tty ? { isTTY: true, columns } : {});
  return { stdin: Readable.from([]), stdout, stderr: new PassThrough(), env };
}

const colour = (flags: FormatFlags, tty: boolean, env: Record<string, string> = {}) => decideColour(flags, io(tty, env));

describe('colour decision', () => {
  it('is on in a terminal and off in a pipe by default', () => {
    expect(colour({}, true)).toBe(1);
    expect(colour({}, true, { TERM: 'xterm-256color' })).toBe(2);
    expect(colour({}, true, { COLORTERM: 'truecolor' })).toBe(3);
    expect(colour({}, false)).toBe(0);
  });

  it('turns off for NO_COLOR (any non-empty value) and TERM=dumb, but not for an empty NO_COLOR', () => {
    expect(colour({}, true, { NO_COLOR: '1' })).toBe(0);
    expect(colour({}, true, { NO_COLOR: 'anything' })).toBe(0);
    expect(colour({}, true, { NO_COLOR: '' })).toBe(1);
    expect(colour({}, true, { TERM: 'dumb' })).toBe(0);
  });

  it('follows FORCE_COLOR over NO_COLOR and the terminal, and flags over everything', () => {
    expect(colour({}, false, { FORCE_COLOR: '1' })).toBe(1);
    expect(colour({}, false, { FORCE_COLOR: '3' })).toBe(3);
    expect(colour({}, true, { FORCE_COLOR: '0' })).toBe(0);
    expect(colour({}, true, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(1);
    expect(colour({ color: true }, false, { NO_COLOR: '1', FORCE_COLOR: '0' })).toBe(1);
    expect(colour({ color: false }, true, { FORCE_COLOR: '3' })).toBe(0);
  });
});

describe('format decision', () => {
  it('chooses styled in a terminal, capped at 80 columns, and plain in a pipe', () => {
    expect(decideFormat({}, io(true, {}, 200))).toEqual({ kind: 'styled', colour: 1, width: 80, hyperlinks: false, theme: 'dark', links: 'inline' });
    expect(decideFormat({}, io(true, {}, 60))).toEqual({ kind: 'styled', colour: 1, width: 60, hyperlinks: false, theme: 'dark', links: 'inline' });
    expect(decideFormat({}, io(false))).toEqual({ kind: 'plain', width: null, links: 'inline' });
    expect(decideFormat({ width: 50 }, io(false))).toEqual({ kind: 'plain', width: 50, links: 'inline' });
  });

  it('styles a pipe when colour is forced, and --plain and --json win over the terminal', () => {
    expect(decideFormat({ color: true }, io(false))).toMatchObject({ kind: 'styled', colour: 1 });
    expect(decideFormat({ plain: true }, io(true, {}, 100))).toEqual({ kind: 'plain', width: null, links: 'inline' });
    expect(decideFormat({ json: true }, io(true))).toEqual({ kind: 'json' });
    expect(decideFormat({}, io(true, { NO_COLOR: '1' }, 70))).toEqual({ kind: 'styled', colour: 0, width: 70, hyperlinks: false, theme: 'dark', links: 'inline' });
  });
});

describe('theme decision', () => {
  it('follows --theme, else COLORFGBG: a light background (7 or 15) gets the light theme', () => {
    const theme = (flags: FormatFlags, env: Record<string, string>) => (decideFormat(flags, io(true, env, 80)) as { theme: string }).theme;
    expect(theme({}, {})).toBe('dark');
    expect(theme({}, { COLORFGBG: '0;15' })).toBe('light');
    expect(theme({}, { COLORFGBG: '15;0' })).toBe('dark');
    expect(theme({ theme: 'light' }, { COLORFGBG: '15;0' })).toBe('light');
    expect(theme({ theme: 'dark' }, { COLORFGBG: '0;7' })).toBe('dark');
  });
});
