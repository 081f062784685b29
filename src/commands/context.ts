// What every store command shares: where the store is, how to read it safely outside the lock,
// how warnings reach stderr, and the theme for styled output.
import type { OutputFormat } from '../format/output-format.js';
import type { Io } from '../io.js';
import { neutraliseControls } from '../markdown/controls.js';
import type { Theme } from '../render/theme.js';
import { withLock } from '../store/files.js';
import { storeHome, storePaths, type StorePaths } from '../store/home.js';
import { readStories, storiesReadable, type Stories } from '../store/stories.js';

/** The store's files for this run's environment. */
export const pathsFor = (io: Io): StorePaths => storePaths(storeHome(io.env));

/** Prints warnings, one line each, with nothing in them a terminal would act on. */
export function warn(io: Io, warnings: readonly string[]): void {
  for (const w of warnings) io.stderr.write(`kara-news: warning: ${neutraliseControls(w).replace(/\n/g, ' ')}\n`);
}

/** Reads the stored stories; a damaged file is set aside under the lock (another process may be replacing it). */
export function loadStories(paths: StorePaths, warnings: string[]): Stories {
  if (storiesReadable(paths)) return readStories(paths, warnings);
  return withLock(paths.lock, () => readStories(paths, warnings));
}

/** The theme for styled output, loaded only when output is styled. */
export async function themeFor(format: Extract<OutputFormat, { kind: 'styled' }>): Promise<Theme> {
  const { createTheme } = await import('../render/theme.js');
  return createTheme(format.colour, format.theme);
}
