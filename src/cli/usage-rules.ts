// The usage rules commander cannot apply itself, checked for every command line however it was
// parsed (commander or the switch table), before anything is read.
import { ExitCode, KaraError } from '../errors.js';
import type { FormatFlags } from '../format/output-format.js';


/**
 * Throws a usage error for flag combinations commander cannot reject: --color is negatable, so
 * commander's conflicts() cannot tell --color from --no-color, and --speaker and --regex only
 * qualify another flag.
 */
export function checkUsage(command: 'read' | 'list' | 'feeds' | 'news' | 'search', options: FormatFlags & { readonly speaker?: string; readonly quotes?: boolean; readonly regex?: boolean; readonly find?: string }): void {
  const usage = (message: string): KaraError => new KaraError(`${message} (see 'kara-news ${command} --help')`, ExitCode.usage);
  if (options.color === true && options.plain) throw usage('--plain and --color cannot be combined; drop one');
  if (options.color === true && options.json) throw usage('--json and --color cannot be combined; drop one');
  if (options.color === true && 'markdown' in options && options.markdown) throw usage('--markdown and --color cannot be combined; drop one');
  if (command !== 'read') return;
  if (options.speaker !== undefined && !options.quotes) throw usage('--speaker filters quotes; add --quotes');
  if (options.regex && options.find === undefined) throw usage('--regex goes with --find; add --find <pattern>');
}
