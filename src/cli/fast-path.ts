// The commonest command lines without commander: `read`, an optional article and at most one
// switch (`kara-news read`, `read --color`, `read notes.md --sections`). commander costs about
// 3 ms of every start to load, build and parse; the switch table it would apply is read off its
// own model at build time (cli/switch-table.ts), and a test holds both parsers to the same result
// for every switch. Anything else, including any mistake, goes to commander (cli/parse.ts).
import { readFileSync } from 'node:fs';
import type { ReadOptions, Request } from './program.js';
import type { SwitchTable } from './switch-table.js';

/** The switch table the build wrote, or null when there is none (commander then parses everything). */
export function readSwitchTable(path: string): SwitchTable | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as SwitchTable;
  } catch {
    return null;
  }
}

/**
 * The request for a command line the switch table covers, or null to let commander parse it.
 * The table is read only for a command line that could be covered (`read` and up to two words).
 */
export function fastRequest(argv: readonly string[], switchTable: () => SwitchTable | null): Request | null {
  if (argv[0] !== 'read' || argv.length > 3) return null;
  const table = switchTable();
  if (table === null) return null;
  let article: string | undefined;
  let set: readonly [string, boolean] | undefined;
  for (const word of argv.slice(1)) {
    const entry = Object.hasOwn(table.switches, word) ? table.switches[word] : undefined;
    if (entry && !set) set = entry;
    else if (!entry && article === undefined && (word === '-' || !word.startsWith('-'))) article = word;
    else return null;
  }
  const options = (set ? { ...table.defaults, [set[0]]: set[1] } : { ...table.defaults }) as ReadOptions;
  return { command: 'read', article, options };
}
