import { ExitCode, KaraError } from '../errors.js';
import type { Quote } from '../quotes/types.js';
import { foldPunctuation } from '../text/fold.js';
import { inSelection, type Selection } from './select.js';

/**
 * Keeps the quotes in the selected sections and, with `speaker`, those whose speaker's name or
 * role contains it (case-insensitive, quotes and dashes folded). A speaker who said nothing here is an error listing who did.
 */
export function selectQuotes(quotes: readonly Quote[], selection: Selection, speaker: string | undefined): Quote[] {
  const inSections = inSelection(selection, quotes);
  if (speaker === undefined) return inSections;
  // Quotes, apostrophes and dashes as typed match the article's: `O'Brien` finds `O’Brien`.
  const fold = (text: string): string => foldPunctuation(text).toLowerCase();
  const wanted = fold(speaker.trim());
  const matching = inSections.filter((q) => fold(q.speaker).includes(wanted) || fold(q.role ?? '').includes(wanted));
  if (matching.length === 0) {
    const speakers = [...new Set(inSections.map((q) => q.speaker))];
    const known = speakers.length > 0 ? `speakers: ${speakers.join(', ')}` : 'no one is quoted here';
    throw new KaraError(`no quotes by '${speaker}'; ${known}`, ExitCode.notFound);
  }
  return matching;
}
