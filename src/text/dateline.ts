// The dateline a story's lead opens with (`BAKU:`, `LONDON —`, `WASHINGTON (Reuters) -`): read
// from a page's lead as metadata, and left out of what a statement's source is said to have said.
import { hasWordChar, isCapitalised } from './chars.js';

/** A dateline at the start of a lead: the place, and where the story's own words start after it. */
export interface Dateline {
  readonly place: string;
  readonly end: number;
}

/**
 * The dateline a lead opens with: a place in capitals before a colon or a dash (`BAKU:`, `LONDON —`,
 * `WASHINGTON (Reuters) -`, `SAN JOSÉ, Costa Rica —`), or null.
 */
export function leadingDateline(lead: string): Dateline | null {
  const m = /^([^:—–()]{2,60}?)(?: \([^)]{1,40}\))?\s*(?::|—|–|--| -)\s/.exec(lead);
  if (!m) return null;
  // The place: one to four words in capitals, then, after a comma, up to three more (a region or country).
  const [place, region] = m[1]!.split(/,\s*/, 2) as [string, string | undefined];
  const placeWords = place.trim().split(/\s+/);
  if (placeWords.length > 4 || !placeWords.every((w) => isCapitalised(w) && hasWordChar(w))) return null;
  if ([...placeWords.join('')].filter((ch) => isCapitalised(ch)).length < 2) return null;
  if (region !== undefined && (region.trim().split(/\s+/).length > 3 || !region.trim().split(/\s+/).every((w) => w !== w.toLowerCase()))) return null;
  return { place: m[1]!.trim(), end: m[0].length };
}

/** The place of the dateline a lead opens with, or null. */
export function datelineOf(lead: string): string | null {
  return leadingDateline(lead)?.place ?? null;
}
