import { ExitCode, KaraError } from '../errors.js';
import type { Paragraph } from '../parse/paragraphs.js';
import type { Section } from '../parse/sections.js';
import { foldPunctuation } from '../text/fold.js';
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
  // Matched against folded text (text/fold.ts), so the query is folded too: ' matches ’, " matches “”, - every dash.
  const folded = foldPunctuation(query);
  if (!regex) return new RegExp(folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  try {
    return new RegExp(folded, 'giu');
  } catch (err) {
    throw new KaraError(`--find: invalid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`, ExitCode.usage);
  }
}

/**
 * Every sentence of the paragraphs that matches, with its section's heading. Sentences are
 * matched with their quotes, apostrophes and dashes folded; the ranges hold for the sentence as
 * printed.
 */
export function findSentences(paragraphs: readonly Paragraph[], sections: readonly Section[], pattern: RegExp): Found[] {
  const found: Found[] = [];
  for (const p of paragraphs) {
    const heading = p.section === null ? null : (sections.find((s) => s.number === p.section)?.heading ?? null);
    for (const sentence of splitSentences(p.text)) {
      const ranges = [...foldPunctuation(sentence).matchAll(pattern)].filter((m) => m[0] !== '').map((m) => [m.index, m.index + m[0].length] as const);
      if (ranges.length > 0) found.push({ section: p.section, heading, paragraph: p.paragraph, sentence, ranges });
    }
  }
  return found;
}

/** The error for a search that found nothing (exit 1, like grep). */
export const nothingFound = (query: string): KaraError => new KaraError(`no sentence matches '${query}'`, ExitCode.notFound);
