// Hostile web pages (scripts/hostile-pages.mjs): each is read, or refused with one line, and never
// hangs. The hang guard is about ten times a read on an idle machine; how long the worst takes
// against a plain page of its size is `npm run bench`'s row, not a test's.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { hostilePages } from '../../scripts/hostile-pages.mjs';
import { runBin } from '../helpers/run.js';

const dir = mkdtempSync(join(tmpdir(), 'kara-hostile-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The story sentence every hostile page carries. */
const SENTENCE = 'A sentence of the story, with words enough to read as prose.';

/** Reads a hostile page with the real bin, as a file saved from a browser. */
function readHostile(name: string, args: string[] = []): ReturnType<typeof runBin> {
  const path = join(dir, `${Object.keys(hostilePages).indexOf(name)}.html`);
  writeFileSync(path, hostilePages[name]!());
  return runBin(['read', path, ...args], { timeout: 25_000 });
}

describe('hostile pages: read in one pass, the story found, nothing uncontrolled printed', () => {
  it.each(Object.keys(hostilePages))('%s', (name) => {
    const r = readHostile(name);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(SENTENCE);
    expect(r.stdout).not.toMatch(/[\r\0\u001b]/);
  }, 30_000);

  it('keeps what a browser shows of <svg>, <xmp> and <plaintext>, and nothing of <template>, <math> or <noscript>', () => {
    const r = readHostile('<template>, <svg>, <math>, <xmp>, <noscript>, <plaintext>');
    expect(r.stdout).toContain('This paragraph breaks out of the drawing, as in a browser.');
    expect(r.stdout).toContain('Markup such as <b> in an example is shown as written.');
    expect(r.stdout).toContain('<p>The rest is plain text.');
    expect(r.stdout).not.toMatch(/template holds|without scripts/);
  });

  it('600 levels of nesting print every word of the story, in every mode', () => {
    for (const args of [[], ['--color'], ['--json'], ['--markdown'], ['--quotes']]) {
      const r = readHostile('600 levels of quotes, lists, links, bold and spans', args);
      expect([r.code, r.stderr.replace(/kara-news: (warning: .*nested.*|no quotations found .*)\n/g, '')]).toEqual([0, '']);
      if (args.length === 0) expect(r.stdout).toContain(SENTENCE);
    }
  }, 30_000);

  it('a NUL anywhere is shown inert, never passed on', () => {
    const r = readHostile('\\0 everywhere', ['--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\\u0000');
  });
});
