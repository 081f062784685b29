// Highlighting inside styled views (--find matches, quoted fragments) over text that is already
// styled: every escape sequence must stay whole, and the text must read as it did unstyled.
import { describe, expect, it } from 'vitest';
import { renderFoundStyled } from '../../src/render/find-styled.js';
import { renderQuotesStyled } from '../../src/render/quotes-styled.js';
import { createTheme } from '../../src/render/theme.js';
import type { Quote } from '../../src/quotes/types.js';
import type { Found } from '../../src/select/find.js';
import { StringSink } from '../../src/write/sink.js';
import { uncontrolledEscape } from '../helpers/escapes.js';
import { runBin, visible } from '../helpers/run.js';

const theme = createTheme(1, 'dark');

/** The ranges of every match of a pattern in a sentence, as --find makes them. */
function found(sentence: string, pattern: RegExp): Found {
  return { section: 1, heading: 'H', paragraph: 1, sentence, ranges: [...sentence.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const) };
}

/** The highlighted spans of styled output: text between the match style's opening and a reset. */
const highlightedIn = (out: string, open: string): string[] => out.split(open).slice(1).map((part) => visible(part.split('\u001b[49m')[0]!));

describe('highlighting in styled views', () => {
  it('--find: matches that are digits or letters of escape codes leave every sequence whole', () => {
    const sink = new StringSink();
    renderFoundStyled([found('It was 30 years ago, in 1993, at 3 m.', /0|3|m|\[/g)], theme, 80, sink);
    const out = sink.toString();
    expect(uncontrolledEscape(out)).toBeNull();
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/\u001b/);
    expect(visible(out)).toContain('It was 30 years ago, in 1993, at 3 m.');
    expect(highlightedIn(out, '\u001b[43m')).toEqual(['30', '3', '3', 'm']);
  });

  it('--find: a match broken across wrapped lines is highlighted on each line, only where it matched', () => {
    const sink = new StringSink();
    const sentence = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda';
    renderFoundStyled([found(sentence, /delta epsilon zeta eta theta iota/g), found('beta and beta-blockers', /beta/g)], theme, 26, sink);
    const out = sink.toString();
    expect(uncontrolledEscape(out)).toBeNull();
    expect(highlightedIn(out, '\u001b[43m').join('|')).toBe('delta epsilon zeta|eta theta iota|beta|beta');
  });

  it('--quotes: fragments inside reported speech, even one-character ones, leave every sequence whole', () => {
    const quote: Quote = { speaker: 'Ann Lee', role: null, cue: 'said', kind: 'mixed', text: 'the 3 towns had “0 cases” and “3” wards, and 30 more', fragments: ['0 cases', '3', 'm'], section: 1, paragraph: 2 };
    const sink = new StringSink();
    renderQuotesStyled([quote], theme, 80, sink);
    const out = sink.toString();
    expect(uncontrolledEscape(out)).toBeNull();
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/\u001b/);
    expect(visible(out)).toContain('the 3 towns had “0 cases” and “3” wards, and 30 more');
    // Each fragment where it is quoted (the 3 of “3”, not of "the 3 towns" or "30"); m is quoted nowhere, so its first.
    const pieces = out.split('\u001b[33m');
    expect(pieces.slice(1).map((p) => visible(p.split('\u001b[39m')[0]!))).toEqual(['0 cases', '3', 'm']);
    expect(visible(pieces[2]!.split('\u001b[39m')[0]!)).toBe('3');
    expect(visible(pieces[1]!.split('\u001b[39m')[1]!)).toBe('” and “');
  });
});

describe('kara-news read --find --regex --color', () => {
  it('prints only whole escape sequences around the matches', () => {
    const r = runBin(['read', '--find', '0|3', '--regex', '--color']);
    expect(r.code).toBe(0);
    expect(uncontrolledEscape(r.stdout)).toBeNull();
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/\u001b/);
    expect(visible(r.stdout)).toContain('30 years ago by Armenia.');
  });
});
