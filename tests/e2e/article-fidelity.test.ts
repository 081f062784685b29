import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, root, runBin } from '../helpers/run.js';

const source = readFileSync(fixture('azerbaijan-denies-ethnic-cleansing.txt'), 'utf8');
const markdown = readFileSync(`${root}articles/azerbaijan-denies-ethnic-cleansing.md`, 'utf8');

/** The source's blocks of text: everything but the date line and the social-media junk lines. */
const blocks = source
  .split('\n')
  .filter((line) => !line.startsWith('icon-facebook') && line !== 'Sun Oct 01 2023')
  .join('\n')
  .split(/\n\s*\n/)
  .map((b) => b.trim())
  .filter((b) => b !== '');

/** Every sentence of the source, as written. */
const sentences = blocks.flatMap((b) => b.split(/(?<=[.!?])\s+(?=[A-Z“‘])/));

describe('the bundled article is the source, word for word', () => {
  it('splits the source into the sentences a reader must get', () => {
    expect(blocks[0]).toBe('Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh');
    // Title, 2 + 3 + 2 lead sentences, the subheading, 2 + 2 + 3 sentences.
    expect(sentences).toHaveLength(16);
  });

  it.each(sentences)('the Markdown file holds: %s', (sentence) => {
    expect(markdown).toContain(sentence);
  });

  const plain = runBin(['read']).stdout;

  it.each(sentences)('plain output holds: %s', (sentence) => {
    expect(plain).toContain(sentence);
  });

  it('keeps typographic quotes and apostrophes exactly', () => {
    for (const text of ['“five to six”', '‘Armenian’', 'enclave’s', 'Nagorno-Karabakh’s']) {
      expect(markdown).toContain(text);
      expect(plain).toContain(text);
    }
  });

  it('drops the social-media junk line and adds no words of its own to the body', () => {
    expect(markdown).not.toMatch(/icon-|facebook|twitter|whatsapp/);
    expect(plain).not.toMatch(/icon-|facebook|twitter|whatsapp/);
    const body = (text: string) => text.match(/[\p{L}\p{N}’‘“”-]+/gu)!.join(' ');
    const sourceWords = body(blocks.join('\n'));
    // Plain output = title, date line, then the source's blocks in order.
    const [title, date, ...rest] = plain.trim().split('\n\n');
    expect(title).toBe(blocks[0]);
    expect(date).toBe('1 October 2023 · BAKU');
    expect(body([title, ...rest].join('\n'))).toBe(sourceWords);
  });

  it('has the front matter the issue asks for and nothing invented', () => {
    expect(markdown.split('---\n')[1]).toBe('title: "Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh"\ndate: 2023-10-01\ndateline: BAKU\n');
    expect(markdown).toContain('\n# Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh\n');
    expect(markdown).toContain('\n## Azerbaijan Respects Freedom and Choice of Inhabitants\n');
  });
});
