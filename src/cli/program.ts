import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import type { FormatFlags } from '../format/output-format.js';
import { DEFAULT_KEEP_DAYS } from '../feeds/merge.js';
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

/** What `kara-news feeds` does: list the subscriptions, or change them. */
export type FeedsAction = 'list' | 'add' | 'import' | 'export' | 'remove';

/** Options of `kara-news feeds`. */
export interface FeedsOptions extends FormatFlags, PagingFlags {
  /** Seconds a request may take in all (feeds add). */
  readonly timeout?: number;
}

/** Options of `kara-news news`. */
export interface NewsOptions extends FormatFlags, PagingFlags {
  readonly unread?: boolean;
  /** Only stories published at or after this time (epoch milliseconds). */
  readonly since?: number;
  /** Only stories of feeds whose name or address holds this text. */
  readonly feed?: string;
  readonly limit?: number;
  /** List the stored stories without fetching. */
  readonly offline?: boolean;
  /** Days to keep a story its feed no longer carries. */
  readonly keep?: number;
  /** Seconds each feed's request may take in all. */
  readonly timeout?: number;
  /** The list full-screen. */
  readonly interactive?: boolean;
}

/** Options of `kara-news save`. */
export interface SaveOptions {
  readonly json?: boolean;
  readonly timeout?: number;
  readonly singlePage?: boolean;
}

/** Options of `kara-news search`. */
export interface SearchOptions extends FormatFlags, PagingFlags {
  readonly regex?: boolean;
  /** Statements by this speaker instead of sentences. */
  readonly speaker?: string;
}

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
  | { readonly command: 'feeds'; readonly action: FeedsAction; readonly target: string | undefined; readonly options: FeedsOptions }
  | { readonly command: 'news'; readonly options: NewsOptions }
  | { readonly command: 'save'; readonly target: string; readonly options: SaveOptions }
  | { readonly command: 'search'; readonly query: string | undefined; readonly options: SearchOptions }
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

/** Parses a whole number of at least `min`. */
function wholeNumber(min: number, what: string): (value: string) => number {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`give a whole number of ${what}, ${min} or more.`);
    return n;
  };
}

/** Units of `--since`, in milliseconds. */
const SINCE_UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Parses `--since`: an age (`30m`, `12h`, `2d`, `1w`) or a date (`2026-12-01`), as the earliest time wanted. */
export function parseSince(value: string, now = Date.now()): number {
  const age = /^(\d+)\s*([mhdw])$/i.exec(value.trim());
  if (age) return now - Number(age[1]) * SINCE_UNITS[age[2]!.toLowerCase()]!;
  const date = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim()) ? Date.parse(value.trim()) : NaN;
  if (Number.isNaN(date)) throw new InvalidArgumentError('give an age (30m, 12h, 2d, 1w) or a date (2026-12-01).');
  return date;
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
       kara-news news | feeds [add|import|export|remove] | save <story> | search <text>
       kara-news list | completion <shell> | help [command]

  kara-news read            the bundled article, formatted for the terminal
  kara-news README.md       any Markdown or HTML file, a web address, or - for stdin (read is implied)
  kara-news feeds add URL   follow a news site or feed; then 'kara-news news' lists what is new
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
    .description('list the bundled articles and the saved stories: slug, date and title')
    .addOption(new Option('--json', 'print JSON instead of text').conflicts(['width']))
    .option('--color', 'styled output with colour, even into a pipe')
    .option('--no-color', 'no colour (also NO_COLOR=1 or TERM=dumb)')
    .option('-w, --width <cols>', 'fit lines to this many columns (in a terminal: its width, at most 80)', parseWidth)
    .addHelpText('after', `
Examples:
  kara-news list                          slug, date and title of each bundled article and saved story
  kara-news list | cut -f1                just the slugs
  kara-news list --json                   as JSON`)
    .action((options: ListOptions) => onRequest({ command: 'list', options }));
  withPaging(program.commands.find((c) => c.name() === 'list')!);

  const withOutput = (cmd: Command): Command =>
    cmd
      .addOption(new Option('--json', 'print JSON instead of text').conflicts(['width', 'plain']))
      .option('-p, --plain', 'plain text, even in a terminal (the default when piped)')
      .option('--color', 'styled output with colour, even into a pipe')
      .option('--no-color', 'no colour (also NO_COLOR=1 or TERM=dumb)')
      .option('-w, --width <cols>', 'fit lines to this many columns', parseWidth)
      .addOption(new Option('--theme <name>', 'colours for a dark or light background; auto: from COLORFGBG').choices(['auto', 'dark', 'light']).default('auto'));

  const feeds = configure(program.command('feeds'), 'kara-news feeds --help')
    .description('the feeds you follow: list them, add a feed or a site, import or export OPML, remove one')
    .addArgument(new Argument('[action]', 'add <url>, import <file.opml>, export, remove <name>; none (or list) lists the feeds').choices(['list', 'add', 'import', 'export', 'remove']))
    .argument('[target]', 'for add: a feed or site address; import: an OPML file, its web address, or - for stdin; remove: a feed by any unique part of its name or address');
  withPaging(withOutput(feeds))
    .addOption(new Option('--timeout <seconds>', 'for add and import: seconds the whole request may take').argParser(parseSeconds).default(DEFAULT_TIMEOUT_SECONDS))
    .addHelpText('after', `
Examples:
  kara-news feeds add https://example.com/rss.xml   follow a feed: prints its title and story count
  kara-news feeds add https://example.com/          a site: the feed its page announces
  kara-news feeds                           each feed: title, address, stories, unread, last fetched, last error
  kara-news feeds import subscriptions.opml from another reader (folders become categories); a web address works too
  kara-news feeds export > feeds.opml       OPML 2.0, for another reader or a backup
  kara-news feeds remove example            by any unique part of its name or address`)
    .action((action: FeedsAction | undefined, target: string | undefined, options: FeedsOptions) => onRequest({ command: 'feeds', action: action ?? 'list', target, options }));

  const news = configure(program.command('news'), 'kara-news news --help')
    .description("fetch every feed you follow and list the stories, newest first, numbered for 'read N' and 'save N'");
  withPaging(withOutput(news))
    .option('-u, --unread', 'only stories not read yet')
    .option('--since <when>', 'only stories published since an age (30m, 12h, 2d, 1w) or a date (2026-12-01)', (v: string) => parseSince(v))
    .option('--feed <name>', "only stories of feeds whose name or address holds this text")
    .option('-n, --limit <count>', 'only the newest stories, this many', wholeNumber(1, 'stories'))
    .option('--offline', 'list the stored stories without fetching')
    .option('--keep <days>', `days to keep a story its feed no longer carries (default ${DEFAULT_KEEP_DAYS}); saved stories are always kept`, wholeNumber(0, 'days'))
    .addOption(new Option('--timeout <seconds>', 'seconds each feed request may take in all').argParser(parseSeconds).default(DEFAULT_TIMEOUT_SECONDS))
    .addOption(new Option('-i, --interactive', 'the list full-screen: Enter reads a story, q comes back (? shows the keys)').conflicts(['json', 'plain']))
    .addHelpText('after', `
Examples:
  kara-news news                          fetch, then list every story, newest first
  kara-news news --unread --since 2d      what is new and unread from the last two days
  kara-news news --feed example -n 10     the newest ten of one feed
  kara-news news --offline                the stored stories, without fetching
  kara-news news | cut -f4                number, date, feed, title and link, tab-separated when piped
  kara-news read 3                        story 3 of the last list, in full, from its page
  kara-news news -i                       full screen: Enter reads, q comes back, r refreshes`)
    .action((options: NewsOptions) => onRequest({ command: 'news', options }));

  configure(program.command('save'), 'kara-news save --help')
    .description('keep a story in your library as Markdown: a number of the last news list, or any web address')
    .argument('<story>', "a story's number in the last 'kara-news news' list, or a web address")
    .option('--json', 'print what was saved as JSON')
    .addOption(new Option('--timeout <seconds>', 'seconds the whole request may take').argParser(parseSeconds).default(DEFAULT_TIMEOUT_SECONDS))
    .option('--single-page', 'read only the page given, not the next pages of a story over several')
    .addHelpText('after', `
Examples:
  kara-news save 3                        story 3 of the last list: read in full and kept
  kara-news save https://example.com/story   any page, no feed needed
  kara-news list                          the saved stories, with the bundled articles
  kara-news read 2026-12-01-tariffs-rise  a saved story, by its slug`)
    .action((target: string, options: SaveOptions) => onRequest({ command: 'save', target, options }));

  const search = configure(program.command('search'), 'kara-news search --help')
    .description('sentences across your saved stories and stored feed stories, or with --speaker what a person said')
    .argument('[text]', 'the text to find (any case; straight and curly quotes and dashes alike)');
  withPaging(withOutput(search))
    .option('--regex', 'the text is a regular expression')
    .option('--speaker <name>', 'statements by this speaker (part of the name or role), newest first, instead of sentences')
    .addHelpText('after', `
Examples:
  kara-news search tariff                 slug:section:paragraph: sentence, for each match
  kara-news search --regex 'tariffs? (rose|fell)'
  kara-news search --speaker lopez        what Lopez said, across every story
  kara-news search tariff --json | jq '.matches[].slug'`)
    .action((query: string | undefined, options: SearchOptions) => onRequest({ command: 'search', query, options }));

  configure(program.command('completion'), 'kara-news completion --help')
    .description('print a shell completion script: commands, flags, slugs, sections and followed feeds')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText('after', `
Examples:
  source <(kara-news completion bash)       bash, for this shell (add it to ~/.bashrc to keep it)
  source <(kara-news completion zsh)        zsh
  kara-news completion fish | source        fish`)
    .action((shell: Shell) => onRequest({ command: 'completion', shell, program }));

  return program;
}
