// The commonest command lines without commander: `read` with an optional article, `news` or
// `list`, and at most one switch (`kara-news read`, `read notes.md --sections`, `news --offline`,
// `read 3`). commander costs about 11 ms of every start to load, build and parse (on Node 20,
// 2 cores); the switch table it would apply is read off its own model at build time
// (cli/switch-table.ts), and a test holds both parsers to the same result for every switch.
// Anything else, including any mistake, goes to commander (cli/parse.ts).
import { readFileSync } from 'node:fs';
import type { ListOptions, NewsOptions, ReadOptions, Request } from './program.js';
import { FAST_COMMANDS, type FastCommand, type SwitchTable } from './switch-table.js';

/** The switch table the build wrote, or null when there is none (commander then parses everything). */
export function readSwitchTable(path: string): SwitchTable | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as SwitchTable;
  } catch {
    return null;
  }
}

/** True for the commands the table covers. */
const isFastCommand = (word: string | undefined): word is FastCommand => (FAST_COMMANDS as readonly (string | undefined)[]).includes(word);

/**
 * The request for a command line the switch table covers, or null to let commander parse it.
 * The table is read only for a command line that could be covered (a covered command and up to
 * two words).
 */
export function fastRequest(argv: readonly string[], switchTable: () => SwitchTable | null): Request | null {
  const command = argv[0];
  if (!isFastCommand(command) || argv.length > 3) return null;
  const table = switchTable()?.commands?.[command];
  if (table === undefined) return null;
  let argument: string | undefined;
  let set: readonly [string, boolean] | undefined;
  for (const word of argv.slice(1)) {
    const entry = Object.hasOwn(table.switches, word) ? table.switches[word] : undefined;
    if (entry && !set) set = entry;
    else if (!entry && table.argument && argument === undefined && (word === '-' || !word.startsWith('-'))) argument = word;
    else return null;
  }
  const options = set ? { ...table.defaults, [set[0]]: set[1] } : { ...table.defaults };
  if (command === 'read') return { command, article: argument, options: options as ReadOptions };
  if (command === 'news') return { command, options: options as NewsOptions };
  return { command, options: options as ListOptions };
}
