import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, hasEscape, root, runMain, visible } from '../helpers/run.js';

/** Every Markdown fixture and the bundled article. */
const documents = [
  ...readdirSync(fixture('docs')).filter((f) => f.endsWith('.md')).map((f) => fixture(`docs/${f}`)),
  `${root}articles/azerbaijan-denies-ethnic-cleansing.md`,
];

/** Words a reader sees, for comparing modes. */
const words = (text: string): string[] => (visible(text).match(/[\p{L}\p{N}]+/gu) ?? []).sort();

/** Markdown syntax that must not survive into plain text (outside code blocks). */
const SYNTAX = /^#{1,6} |\*\*|__|~~|`|\]\(|!\[|<\/?[a-z][^>]*>|^> |^\s*\* /m;

describe.each(documents)('%s in every output mode', (path) => {
  const source = readFileSync(path, 'utf8');

  it('plain: no escapes, no Markdown syntax outside code, every heading on its own line', async () => {
    const r = await runMain(['read', path]);
    expect(r.code).toBe(0);
    expect(hasEscape(r.stdout)).toBe(false);
    const prose = r.stdout.split('\n').filter((l) => !l.startsWith('    ')).join('\n');
    expect(prose).not.toMatch(SYNTAX);
    for (const m of source.matchAll(/^#{1,6} (.+)$/gm)) expect(r.stdout.split('\n')).toContain(m[1]);
  });

  it('plain with --width: no line longer than the width but for unbreakable words', async () => {
    const r = await runMain(['read', path, '--width', '30']);
    for (const line of r.stdout.split('\n')) if (line.includes(' ') && !line.startsWith('    ')) expect([...line.trim()].length).toBeLessThanOrEqual(30 + 4);
  });

  it('styled without colour (NO_COLOR in a terminal): the same words, not one escape', async () => {
    const styled = await runMain(['read', path], { tty: true, columns: 70, env: { NO_COLOR: '1' } });
    expect(styled.code).toBe(0);
    expect(hasEscape(styled.stdout)).toBe(false);
    const plain = await runMain(['read', path]);
    // Styled adds the word count and reading time to the byline, and may title a bare H1; otherwise the words agree.
    const extra = new Set(['words', 'word', 'min', 'read', 'X']);
    const styledWords = words(styled.stdout).filter((w) => !extra.has(w) && !/^\d+$/.test(w));
    const plainWords = words(plain.stdout).filter((w) => !extra.has(w) && !/^\d+$/.test(w));
    expect(styledWords).toEqual(plainWords);
  });

  it('styled with colour: only SGR styling sequences, reflowed to the terminal width', async () => {
    const r = await runMain(['read', path], { tty: true, columns: 50, env: { TERM: 'xterm-256color' } });
    expect(r.stdout).toMatch(/\u001b\[[0-9;]*m/);
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain('\u001b');
    for (const line of visible(r.stdout).split('\n')) if (!/[│┌└├]/.test(line)) expect([...line].length).toBeLessThanOrEqual(50);
  });

  it('json: parses, and its paragraphs are the plain paragraphs', async () => {
    const r = await runMain(['read', path, '--json']);
    const doc = JSON.parse(r.stdout) as { paragraphs: { text: string }[] };
    const plain = (await runMain(['read', path])).stdout;
    for (const p of doc.paragraphs) expect(plain.replace(/\s+/g, ' ')).toContain(p.text);
  });
});
