// Command lines as users of git, bat and glow write them, rewritten into kara-news's own before
// anything parses them: `kara-news README.md` (a path, a URL or `-` where a command goes means
// read it), `--color=always|never|auto`, `help [command]`, and `-v` answered with what was meant.
import { ExitCode, KaraError } from '../errors.js';

/** The commands kara-news has. */
const COMMANDS = new Set(['read', 'list', 'news', 'feeds', 'save', 'search', 'completion', 'help']);

/** Options that take a value as the next word (`--find text`): their values are not positionals. */
export const VALUE_OPTIONS = new Set(['-w', '--width', '--hyperlinks', '--links', '--section', '--speaker', '-f', '--find', '--theme', '--timeout', '--paging', '--since', '--feed', '-n', '--limit', '--keep']);

/** The index of the first word that is not an option or an option's value, or -1. */
function firstPositional(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') return i + 1 < argv.length ? i + 1 : -1;
    if (word === '-' || !word.startsWith('-')) return i;
    if (VALUE_OPTIONS.has(word)) i++;
  }
  return -1;
}

/** True for a word that names something to read: `-`, a web address, or a path (it exists, or has a `/` or an extension). */
function namesArticle(word: string, exists: (path: string) => boolean): boolean {
  return word === '-' || /^https?:\/\//i.test(word) || word.includes('/') || /\.[A-Za-z0-9]{1,12}$/.test(word) || exists(word);
}

/** `--color=WHEN`, as ls, grep and bat write it, as kara-news's own `--color`, `--no-color` or nothing. */
function colourWhen(word: string): string[] {
  const when = word.slice('--color='.length);
  if (when === 'always') return ['--color'];
  if (when === 'never') return ['--no-color'];
  if (when === 'auto') return [];
  throw new KaraError(`option '--color' takes always, never or auto, not '${when}' (see 'kara-news read --help')`, ExitCode.usage);
}

/**
 * Rewrites a command line into the forms kara-news's parser knows. `exists` tells whether a path
 * is there (a word that is no command but names a file is read, as `glow README.md` reads it).
 */
export function conventionalArgv(argv: readonly string[], exists: (path: string) => boolean): string[] {
  const words: string[] = [];
  const end = argv.indexOf('--');
  argv.forEach((word, i) => {
    const isOption = end === -1 || i < end;
    if (isOption && word.startsWith('--color=') && !VALUE_OPTIONS.has(argv[i - 1] ?? '')) words.push(...colourWhen(word));
    else words.push(word);
  });
  const at = firstPositional(words);
  // `-v` is what many tools take for the version: say which flag it is here.
  const v = words.findIndex((w, i) => w === '-v' && !VALUE_OPTIONS.has(words[i - 1] ?? '') && (end === -1 || i < end));
  if (v !== -1) throw new KaraError(`unknown option '-v'; for the version use -V or --version (see 'kara-news --help')`, ExitCode.usage);
  if (at === -1) return words;
  const first = words[at]!;
  if (first === 'help') {
    const topic = words[at + 1];
    if (topic === undefined) return ['--help'];
    if (!COMMANDS.has(topic) || topic === 'help') throw new KaraError(`no help for '${topic}': the commands are read, news, feeds, save, search, list and completion (see 'kara-news --help')`, ExitCode.usage);
    return [topic, '--help'];
  }
  // `kara-news --plain read notes.md`: options before the command are the command's.
  if (COMMANDS.has(first)) return at > 0 && first !== 'completion' ? [first, ...words.slice(0, at), ...words.slice(at + 1)] : words;
  return namesArticle(first, exists) ? ['read', ...words] : words;
}
