import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFlatYaml } from '../../src/parse/flat-yaml.js';

/** YAML's own reading, with numbers as their text (front-matter.ts reads them so). */
const viaYaml = (text: string): Record<string, string> =>
  Object.fromEntries(Object.entries(parse(text) as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'number' ? text.match(new RegExp(`^${k}:\\s*(.*)$`, 'm'))![1]!.trim() : (v as string)]));

describe('flat front matter without the YAML parser', () => {
  const flat = [
    'title: "Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh"\ndate: 2023-10-01\ndateline: BAKU',
    "title: 'It''s fine'\nauthor: Jane Roe",
    'title: Plain title, with a comma\nsubtitle: What’s new\nwords: 1200',
    'title: A-B test\ndate: 2024-02-29\n\nlayout: docs',
    'count: -3\nversion: 1.2.3',
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
  ];

  it.each(notFlat)('leaves anything else to the YAML parser: %s', (text) => {
    expect(readFlatYaml(text)).toBeNull();
  });
});
