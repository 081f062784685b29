// The switch table: what commander makes of `kara-news read` with one switch (a flag that takes
// no value), read off commander's own model. Written at build time (scripts/make-switch-table.ts)
// for cli/fast-path.ts, so the commonest command lines need not load commander at all.
import type { Command } from 'commander';
import type { Request } from './program.js';

/** `read`'s options with no flags given, and each switch's option name and value. */
export interface SwitchTable {
  readonly defaults: Readonly<Record<string, unknown>>;
  /** Flag as typed (`--color`, `-s`, `--no-pager`) → [option name, value it sets]. */
  readonly switches: Readonly<Record<string, readonly [string, boolean]>>;
}

/** The switch table of the `read` command of the program `build` makes (given its request callback). */
export function switchTable(build: (onRequest: (request: Request) => void) => Command): SwitchTable {
  let defaults: Record<string, unknown> = {};
  const program = build((request) => {
    if (request.command === 'read') defaults = { ...request.options };
  });
  program.parse(['read'], { from: 'user' });
  const read = program.commands.find((c) => c.name() === 'read');
  if (!read) throw new Error('the program has no read command');
  const switches: Record<string, readonly [string, boolean]> = {};
  for (const option of read.options) {
    if (option.required || option.optional) continue;
    const entry = [option.attributeName(), !option.negate] as const;
    for (const flag of [option.long, option.short]) if (flag) switches[flag] = entry;
  }
  return { defaults, switches };
}
