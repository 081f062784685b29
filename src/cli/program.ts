import { Command, InvalidArgumentError, Option } from 'commander';
import type { FormatFlags } from '../format/output-format.js';
import { VERSION } from '../version.js';

/** Options of `kara-news read`. */
export interface ReadOptions extends FormatFlags {
  readonly sections?: boolean;
  readonly section: string[];
  readonly quotes?: boolean;
  readonly speaker?: string;
}

/** Options of `kara-news list`. */
export interface ListOptions extends FormatFlags {}

/** What the command line asks for, once commander has checked it. */
export type Request =
  | { readonly command: 'read'; readonly article: string | undefined; readonly options: ReadOptions }
  | { readonly command: 'list'; readonly options: ListOptions };

/** Where commander prints help and errors. */
export interface ProgramOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

/** Parses `--width`: a whole number of columns, 20 or more. */
function parseWidth(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 20 || n > 10000) throw new InvalidArgumentError('give a whole number of columns, 20 or more.');
  return n;
}

/** Collects repeated `--section` values in order. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Commander's error text ("error: …\n(Did you mean …?)") as one line with a pointer to help. */
export function oneLineError(text: string, helpCommand: string): string {
  const message = text.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
  return `kara-news: ${message} (see '${helpCommand}')\n`;
}

const READ_EXAMPLES = `
Examples:
  kara-news read                          the bundled article, formatted
  kara-news read | grep -i hajiyev        plain text for scripts
  kara-news read --sections               the section headings, numbered
  kara-news read --section 2              one section, by number, slug or heading prefix
  kara-news read ./notes.md --width 72    any Markdown file, wrapped at 72 columns
  cat story.md | kara-news read -         Markdown from standard input
  kara-news read --json | jq .sections    the article as JSON
  kara-news read --quotes                 who said what, grouped by speaker
  kara-news read --quotes --speaker hajiyev | cut -f4   what one speaker said`;

/**
 * Builds the commander program. `onRequest` receives the checked request; help, version and
 * usage errors go to `output` and surface as commander's exit-overridden errors.
 */
export function buildProgram(output: ProgramOutput, onRequest: (request: Request) => void): Command {
  const program = new Command('kara-news');
  const configure = (cmd: Command, help: string): Command =>
    cmd
      .exitOverride()
      .showSuggestionAfterError(true)
      .configureOutput({
        writeOut: (s) => output.writeOut(s),
        writeErr: (s) => output.writeErr(s),
        outputError: (s, write) => write(oneLineError(s, help)),
      });

  configure(program, 'kara-news --help')
    .description('Read news articles in the terminal: formatted, piped as plain text, or by section.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand(false)
    .addHelpText('after', `\nRun 'kara-news read' to read the bundled article; 'kara-news read --help' for its options.`);

  configure(program.command('read'), 'kara-news read --help')
    .description('read an article: a bundled slug, a path to a Markdown file, or - for standard input')
    .argument('[article]', 'bundled slug, path to a Markdown file, or - for stdin (default: the first bundled article)')
    .option('-p, --plain', 'plain text, even in a terminal (the default when piped)')
    .option('--color', 'styled output with colour, even into a pipe')
    .option('--no-color', 'no colour (also NO_COLOR=1 or TERM=dumb)')
    .option('-w, --width <cols>', 'wrap lines at this many columns', parseWidth)
    .addOption(new Option('--hyperlinks <when>', 'terminal hyperlinks: auto (if the terminal supports them), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .addOption(new Option('-s, --sections', 'list the sections: number and heading').conflicts(['section']))
    .option('--section <ref>', 'only this section: number, slug or heading prefix (repeatable)', collect, [])
    .addOption(new Option('-q, --quotes', 'who said what: every statement, direct and reported, with its speaker').conflicts(['sections']))
    .option('--speaker <name>', 'with --quotes: only statements by this speaker (part of the name or role)')
    .addOption(new Option('--json', 'print JSON instead of text').conflicts(['plain', 'width']))
    .addHelpText('after', READ_EXAMPLES)
    .action((article: string | undefined, options: ReadOptions) => onRequest({ command: 'read', article, options }));

  configure(program.command('list'), 'kara-news list --help')
    .description('list the bundled articles: slug, date and title')
    .option('--json', 'print JSON instead of text')
    .option('--color', 'styled output with colour, even into a pipe')
    .option('--no-color', 'no colour (also NO_COLOR=1 or TERM=dumb)')
    .action((options: ListOptions) => onRequest({ command: 'list', options }));

  return program;
}
