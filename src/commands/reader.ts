// The full-screen reader run on an article already loaded: what `read -i` does after loading,
// and what `news -i` does when Enter opens a story. Shared so both lay out, find statements and
// hand over the terminal the same way.
import { ExitCode, KaraError } from '../errors.js';
import { decideFormat, MAX_MEASURE, type FormatFlags, type OutputFormat } from '../format/output-format.js';
import type { KeyInput, ScreenOutput } from '../interactive/terminal.js';
import type { ReaderEnd } from '../interactive/session.js';
import type { Io } from '../io.js';
import type { Article } from '../parse/article.js';
import { articleParagraphs } from '../parse/paragraphs.js';
import { readPrebuiltQuotes } from '../prebuilt/articles.js';
import type { Theme } from '../render/theme.js';
import { selectAll } from '../select/select.js';

/** The exit code for each way a full-screen view ends. */
export const VIEW_ENDS: Record<ReaderEnd, ExitCode> = { quit: ExitCode.ok, SIGINT: ExitCode.interrupted, SIGTERM: ExitCode.terminated, SIGHUP: ExitCode.hangup };

/**
 * The styled format a full-screen view draws in; a usage error, naming `what` and how to do
 * without it, when there is no terminal to draw on.
 */
export function screenFormat(options: FormatFlags, io: Io, what: string, instead: string): Extract<OutputFormat, { kind: 'styled' }> {
  if (io.stdout.isTTY !== true || io.env['TERM'] === 'dumb') {
    const why = io.stdout.isTTY !== true ? 'standard output is not a terminal' : 'TERM=dumb cannot show it';
    throw new KaraError(`${what} needs a terminal, and ${why}; ${instead}`, ExitCode.usage);
  }
  const format = decideFormat({ ...options, plain: false }, io);
  if (format.kind !== 'styled') throw new KaraError(`${what} needs a terminal; ${instead}`, ExitCode.usage);
  return format;
}

/** Runs the full-screen reader on an article until q or a signal; the terminal is given back either way. */
export async function readOnScreen(article: Article, theme: Theme, format: Extract<OutputFormat, { kind: 'styled' }>, keys: { input: KeyInput; release: () => void }, io: Io): Promise<ReaderEnd> {
  const [{ runReader }, { styledPage }, { paragraphPlaces }] = await Promise.all([import('../interactive/session.js'), import('../render/styled.js'), import('../parse/paragraphs.js')]);
  const selection = selectAll(article);
  return runReader({
    release: keys.release,
    article,
    theme,
    layout: (width) => styledPage(selection, { theme, width, hyperlinks: false, links: format.links }),
    places: paragraphPlaces(article),
    quotes: async () => (article.prebuilt ? readPrebuiltQuotes(article.name) : null) ?? (await import('../quotes/extract.js')).extractQuotes(articleParagraphs(article, { urls: false })),
    input: keys.input,
    output: io.stdout as unknown as ScreenOutput,
    on: (event, listener) => io.on?.(event, listener),
    off: (event, listener) => io.off?.(event, listener),
    measure: MAX_MEASURE,
  });
}
