import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import type { FormatFlags } from '../format/output-format.js';
import { DEFAULT_TIMEOUT_SECONDS, MAX_PAGES } from '../load/read.js';
import { VERSION } from '../version.js';

/** Shells `kara-news completion` writes scripts for. */
const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** A shell kara-news writes completion for. */
export type Shell = (typeof SHELLS)[number];

/** Options of `kara-news read`. */
export interface ReadOptions extends FormatFlags, PagingFlags {
  readonly sections?: boolean;
  /** --section refs in the order given; undefined when there are none. */
  readonly section?: string[];
  readonly quotes?: boolean;
  readonly speaker?: string;
  readonly lede?: boolean;
  readonly find?: string;
  readonly regex?: boolean;
  /** Print the article as Markdown with front matter. */
  readonly markdown?: boolean;
  /** Seconds a web request may take in all. */
  readonly timeout?: number;
  /** For a web page: only the page given, not the pages the story goes on to. */
  readonly singlePage?: boolean;
  /** The full-screen reader. */
  readonly interactive?: boolean;
}

/** Options of `kara-news list`. */
export interface ListOptions extends FormatFlags, PagingFlags {}

/** --paging and its --no-pager shorthand. */
export interface PagingFlags {
  readonly paging?: 'auto' | 'always' | 'never';
  /** false for --no-pager. */
  readonly pager?: boolean;
}

/** Adds --paging and --no-pager to a command. */
function withPaging(cmd: Command): Command {
  return cmd
    .addOption(new Option('--paging <when>', 'page long output in a terminal; auto: when taller than the screen').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-pager', 'never page (same as --paging=never)');
}

/** What the command line asks for, once commander has checked it. */
export type Request =
  | { readonly command: 'read'; readonly article: string | undefined; readonly options: ReadOptions }
  | { readonly command: 'list'; readonly options: ListOptions }
  | { readonly command: 'completion'; readonly shell: Shell; readonly program: Command };

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

/** Parses `--timeout`: seconds, more than 0 and at most a day. */
function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value) || n <= 0 || n > 86_400) throw new InvalidArgumentError('give a number of seconds, more than 0.');
  return n;
}

/** Collects repeated `--section` values in order. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Commander's error text ("error: …\n(Did you mean …?)") as one line with a pointer to help. */
function oneLineError(text: string, helpCommand: string): string {
  const message = text.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
  return `kara-news: ${message} (see '${helpCommand}')\n`;
}

/** Examples closing `kara-news read --help` (and the man page's EXAMPLES). */
export const READ_EXAMPLES = `
Examples:
  kara-news read                          the bundled article, formatted
  kara-news read | grep -i hajiyev        plain text for scripts
  kara-news read --sections               the section headings, numbered
  kara-news read --section 2              one section, by number, slug or heading prefix
  kara-news read ./notes.md --width 72    any Markdown file, wrapped at 72 columns
  kara-news read https://example.com/story   a web page's article, formatted
  kara-news read saved-page.html          a page saved from a browser
  curl -s https://example.com/story | kara-news read -   HTML or Markdown from standard input
  kara-news read https://example.com/story --markdown > story.md   keep it, to read again later
  kara-news read --json | jq .sections    the article as JSON
  kara-news read --quotes                 who said what, grouped by speaker
  kara-news read --quotes --speaker hajiyev | cut -f4   what one speaker said
  kara-news read --find "five to six"     sentences that mention it, with section:paragraph
  kara-news read --lede                   title, byline and first paragraph
  kara-news read -i notes.md              the full-screen reader: ] [ sections, t contents, / search, w who said what`;

/** What `kara-news` alone prints: the forms of the command line, and where to read more. */
export const SHORT_USAGE = `Usage: kara-news [read] [article] [options]
       kara-news list | completion <shell> | help [command]

  kara-news read            the bundled article, formatted for the terminal
  kara-news README.md       any Markdown or HTML file, a web address, or - for stdin (read is implied)
  kara-news help read       every option of read

Run 'kara-news --help' for the commands.
`;

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
    .version(`kara-news ${VERSION}`, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand(false)
    .addHelpText('after', `
A path, a web address or - in place of a command reads it: 'kara-news README.md' is 'kara-news read README.md'.
'kara-news help <command>' (or 'kara-news <command> --help') shows a command's options.
Run 'kara-news read' to read the bundled article.`);

  configure(program.command('read'), 'kara-news read --help')
    .description('read an article: a bundled slug, a Markdown or HTML file, a web page (http:// or https://), or - for standard input')
    .argument('[article]', 'bundled slug, path to a Markdown or HTML file, a web address, or - for stdin (default: the first bundled article)')
    .option('-p, --plain', 'plain text, even in a terminal (the default when piped)')
    .option('--color', 'styled output with colour, even into a pipe (also --color=always|never|auto)')
    .option('--no-color', 'no colour (also NO_COLOR=1, CLICOLOR=0 or TERM=dumb)')
    .option('-w, --width <cols>', 'wrap lines at this many columns', parseWidth)
    .addOption(new Option('--hyperlinks <when>', 'terminal hyperlinks (OSC 8); auto: when the terminal supports them').choices(['auto', 'always', 'never']).default('auto'))
    .addOption(new Option('--links <style>', 'link targets: inline after the text, or refs: numbered, listed at the end').choices(['inline', 'refs']).default('inline'))
    .addOption(new Option('-s, --sections', 'list the sections: number and heading').conflicts(['section']))
    .option('--section <ref>', 'only this section: number (0: the text before the first heading), slug or heading prefix (repeatable)', collect)
    .addOption(new Option('-q, --quotes', 'who said what: every statement, direct and reported, with its speaker').conflicts(['sections']))
    .option('--speaker <name>', 'with --quotes: only statements by this speaker (part of the name or role, quotes and dashes alike)')
    .addOption(new Option('--lede', 'only the title, byline and first paragraph').conflicts(['sections', 'quotes', 'section']))
    .addOption(new Option('-i, --interactive', 'a full-screen reader: move by section, search, see who said what (? shows the keys)').conflicts(['sections', 'quotes', 'section', 'lede', 'find', 'json', 'markdown', 'plain']))
    .addOption(new Option('-f, --find <text>', 'sentences containing the text (any case; straight and curly quotes and dashes alike), with section and paragraph; JSON is always a document').conflicts(['sections', 'quotes', 'lede']))
    .option('--regex', 'with --find: the text is a regular expression')
    .addOption(new Option('--theme <name>', 'colours for a dark or light background; auto: from COLORFGBG').choices(['auto', 'dark', 'light']).default('auto'))
    .addOption(new Option('--json', 'print JSON instead of text').conflicts(['plain', 'width']))
    .addOption(new Option('--markdown', 'print the article as Markdown with front matter, to save and read again').conflicts(['json', 'plain', 'width', 'sections', 'quotes', 'find', 'lede']))
    .addOption(new Option('--timeout <seconds>', 'for a web page: seconds the whole request may take').argParser(parseSeconds).default(DEFAULT_TIMEOUT_SECONDS))
    .option('--single-page', `for a web page: read only the page given, not the next pages of a story over several (up to ${MAX_PAGES} are joined)`)
    .addHelpText('after', READ_EXAMPLES)
    .action((article: string | undefined, options: ReadOptions) => onRequest({ command: 'read', article, options }));
  withPaging(program.commands.find((c) => c.name() === 'read')!);

  configure(program.command('list'), 'kara-news list --help')
    .description('list the bundled articles: slug, date and title')
    .addOption(new Option('--json', 'print JSON instead of text').conflicts(['width']))
    .option('--color', 'styled output with colour, even into a pipe')
    .option('--no-color', 'no colour (also NO_COLOR=1 or TERM=dumb)')
    .option('-w, --width <cols>', 'fit lines to this many columns (in a terminal: its width, at most 80)', parseWidth)
    .addHelpText('after', `
Examples:
  kara-news list                          slug, date and title of each bundled article
  kara-news list | cut -f1                just the slugs
  kara-news list --json                   as JSON`)
    .action((options: ListOptions) => onRequest({ command: 'list', options }));
  withPaging(program.commands.find((c) => c.name() === 'list')!);

  configure(program.command('completion'), 'kara-news completion --help')
    .description('print a shell completion script: commands, flags, bundled slugs and sections')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText('after', `
Examples:
  source <(kara-news completion bash)       bash, for this shell (add it to ~/.bashrc to keep it)
  source <(kara-news completion zsh)        zsh
  kara-news completion fish | source        fish`)
    .action((shell: Shell) => onRequest({ command: 'completion', shell, program }));

  return program;
}
