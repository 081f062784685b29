import { ExitCode, KaraError } from '../errors.js';
import type { Paragraph } from '../parse/paragraphs.js';
import type { Section } from '../parse/sections.js';
import { splitSentences } from '../text/sentences.js';

/** A sentence that matched --find, where it stands, and where in it the matches are. */
export interface Found {
  readonly section: number | null;
  readonly heading: string | null;
  readonly paragraph: number;
  readonly sentence: string;
  /** [start, end) offsets of each match in the sentence. */
  readonly ranges: readonly (readonly [number, number])[];
}

/** The pattern --find searches for: the text case-insensitively, or with --regex a regular expression. */
export function findPattern(query: string, regex: boolean): RegExp {
  if (!regex) return new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  try {
    return new RegExp(query, 'giu');
  } catch (err) {
    throw new KaraError(`--find: invalid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`, ExitCode.usage);
  }
}

/** Every sentence of the paragraphs that matches, with its section's heading; nothing found is exit 1. */
export function findSentences(paragraphs: readonly Paragraph[], sections: readonly Section[], pattern: RegExp, query: string): Found[] {
  const found: Found[] = [];
  for (const p of paragraphs) {
    const heading = p.section === null ? null : (sections.find((s) => s.number === p.section)?.heading ?? null);
    for (const sentence of splitSentences(p.text)) {
      const ranges = [...sentence.matchAll(pattern)].filter((m) => m[0] !== '').map((m) => [m.index, m.index + m[0].length] as const);
      if (ranges.length > 0) found.push({ section: p.section, heading, paragraph: p.paragraph, sentence, ranges });
    }
  }
  if (found.length === 0) throw new KaraError(`no sentence matches '${query}'`, ExitCode.notFound);
  return found;
}
