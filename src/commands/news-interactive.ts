import type { NewsOptions } from '../cli/program.js';
import { ExitCode, KaraError } from '../errors.js';
import type { Io } from '../io.js';
import type { ListedStory } from '../select/news.js';
import type { StorePaths } from '../store/home.js';

/** `news -i`: the list full-screen. */
export async function newsInteractively(_paths: StorePaths, _listed: readonly ListedStory[], _options: NewsOptions, _io: Io, _code: ExitCode): Promise<ExitCode> {
  throw new KaraError('news -i is not built yet', ExitCode.usage);
}
