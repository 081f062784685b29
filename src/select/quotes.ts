import { ExitCode, KaraError } from '../errors.js';
import type { Quote } from '../quotes/types.js';
import { inSelection, type Selection } from './select.js';

/**
 * Keeps the quotes in the selected sections and, with `speaker`, those whose speaker's name or
 * role contains it (case-insensitive). A speaker who said nothing here is an error listing who did.
 */
export function selectQuotes(quotes: readonly Quote[], selection: Selection, speaker: string | undefined): Quote[] {
  const inSections = inSelection(selection, quotes);
  if (speaker === undefined) return inSections;
  const wanted = speaker.trim().toLowerCase();
  const matching = inSections.filter((q) => q.speaker.toLowerCase().includes(wanted) || (q.role ?? '').toLowerCase().includes(wanted));
  if (matching.length === 0) {
    const speakers = [...new Set(inSections.map((q) => q.speaker))];
    const known = speakers.length > 0 ? `speakers: ${speakers.join(', ')}` : 'no one is quoted here';
    throw new KaraError(`no quotes by '${speaker}'; ${known}`, ExitCode.notFound);
  }
  return matching;
}
