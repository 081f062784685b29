import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFlatYaml } from '../../src/parse/flat-yaml.js';

/**
 * What the YAML parser reads, as the front matter's fields see it (front-matter.ts turns strings
 * and numbers into text with String()), or null when it reads something else or fails.
 */
function viaYaml(text: string): Record<string, string> | null {
  let data: unknown;
  try {
    data = parse(text, { logLevel: 'error' });
  } catch {
    return null;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const entries = Object.entries(data as Record<string, unknown>);
  if (!entries.every(([, v]) => typeof v === 'string' || typeof v === 'number')) return null;
  return Object.fromEntries(entries.map(([k, v]) => [k, String(v)]));
}

describe('flat front matter without the YAML parser', () => {
  const flat = [
    'title: "Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh"\ndate: 2023-10-01\ndateline: BAKU',
    "title: 'It''s fine'\nauthor: Jane Roe",
    'title: Plain title, with a comma\nsubtitle: What’s new\nwords: 1200',
    'title: A-B test\ndate: 2024-02-29\n\nlayout: docs',
    'count: -3\nversion: 1.2.3\nwords: 1200',
  ];

  it.each(flat)('reads exactly what the YAML parser reads: %s', (text) => {
    expect(readFlatYaml(text)).toEqual(viaYaml(text));
  });

  const notFlat = [
    'tags: [a, b]',
    'tags:\n  - a\n  - b',
    'title: a: b',
    'title: "escaped \\" quote"',
    'draft: true',
    'title: ~',
    'title: value # comment',
    'title: &anchor x',
    'title: x\ntitle: y',
    'description: >\n  folded',
    'title: |\n  literal',
    '  indented: x',
    'key with space: x',
    // Numbers the parser writes otherwise than they are typed: 1e3 is 1000, 1.0 is 1.
    'title: 1e3',
    'title: 1.0',
    'title: 007',
    'title: +12',
    'title: 0x1F',
    'title: 0o17',
    'title: .5',
    'title: 12345678901234567890',
  ];

  it.each(notFlat)('leaves anything else to the YAML parser: %s', (text) => {
    expect(readFlatYaml(text)).toBeNull();
  });

  it('agrees with the YAML parser on every input it accepts (generated lines)', () => {
    const tricky = fc.constantFrom(...'aZ09 .-+exo:#"\'\\\t,[]{}&*!|>%@`?~_/éß’“\u00a0\u2028\u0085\u00ff\ufeff'.split(''), 'true', 'null', '.inf', '1e3', '0x', '0o', ': ', ' #', "''");
    const value = fc.oneof(
      fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join('')),
      fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.bigInt()).map(String),
      fc.constantFrom('1.', '-0', '+0', '1_000', '1e+3', '-.5e-3', '0x1f', '0o7', '2023-10-01', '12:30', '1.2.3', 'Infinity', 'NaN', '.NaN'),
    );
    const quoted = value.chain((v) => fc.constantFrom(v, `"${v}"`, `'${v}'`));
    const line = fc.tuple(fc.constantFrom('title', 'date', 'a_b', 'x-y', 'k1', 'Title'), quoted).map(([k, v]) => `${k}: ${v}`);
    const document = fc.tuple(fc.array(line, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n')).map(([lines, end]) => lines.join(end));
    fc.assert(
      fc.property(document, (text) => {
        const flat = readFlatYaml(text);
        if (flat !== null) expect(flat).toEqual(viaYaml(text));
      }),
      { seed: 20261201, numRuns: 20_000 },
    );
  });
});
