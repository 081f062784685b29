import { describe, expect, it } from 'vitest';
import { hasEscape, runPty, visible } from '../helpers/run.js';

/** Widest line a terminal shows, colour codes aside. */
const widest = (text: string): number => Math.max(...visible(text).split('\n').map((l) => [...l].length));

describe('in a real terminal (pseudo-terminal via script)', () => {
  it('styles the article: coloured title, byline with words and reading time, reflowed to the terminal', () => {
    const r = runPty(['read'], { columns: 60 });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\u001b\[1m\u001b\[35mAzerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh/);
    expect(visible(r.stdout)).toContain('1 October 2023 · BAKU · 321 words · 1 min read');
    expect(widest(r.stdout)).toBeLessThanOrEqual(60);
    expect(widest(r.stdout)).toBeGreaterThan(50);
    // Headings are styled and carry no Markdown '#'.
    expect(visible(r.stdout)).toContain('\nAzerbaijan Respects Freedom and Choice of Inhabitants\n');
    expect(visible(r.stdout)).not.toMatch(/^#/m);
  });

  it('caps the measure at 80 columns on a wide terminal; --width overrides', () => {
    const wide = runPty(['read'], { columns: 200 });
    expect(widest(wide.stdout)).toBeLessThanOrEqual(80);
    expect(widest(wide.stdout)).toBeGreaterThan(70);
    expect(widest(runPty(['read', '--width', '120'], { columns: 200 }).stdout)).toBeGreaterThan(100);
  });

  it('NO_COLOR and --no-color keep the layout but send no escape codes', () => {
    for (const run of [runPty(['read'], { columns: 60, env: { NO_COLOR: '1' } }), runPty(['read', '--no-color'], { columns: 60 })]) {
      expect(run.code).toBe(0);
      expect(hasEscape(run.stdout)).toBe(false);
      expect(run.stdout).toContain('321 words');
      expect(widest(run.stdout)).toBeLessThanOrEqual(60);
    }
  });

  it('--plain in a terminal prints the same text a pipe gets', () => {
    const r = runPty(['read', '--plain'], { columns: 60 });
    expect(hasEscape(r.stdout)).toBe(false);
    expect(r.stdout.split('\n')[2]).toBe('1 October 2023 · BAKU');
  });

  it('--sections in a terminal: numbered, indented by level, with word counts and reading time', () => {
    const r = runPty(['read', '--sections'], { columns: 100 });
    const lines = visible(r.stdout).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^1 {2}Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh\s+321 words · 1 min$/);
    expect(lines[1]).toMatch(/^ {2}2 {2}Azerbaijan Respects Freedom and Choice of Inhabitants\s+159 words · <1 min$/);
  });
});
