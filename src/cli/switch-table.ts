// The switch table: what commander makes of `kara-news read`, `news` or `list` with at most one
// switch (a flag that takes no value), read off commander's own model. Written at build time
// (scripts/make-switch-table.ts) for cli/fast-path.ts, so the commonest command lines need not
// load commander at all.
import type { Command } from 'commander';
import type { Request } from './program.js';

/** The commands the table covers. */
export const FAST_COMMANDS = ['read', 'news', 'list'] as const;

/** A command the table covers. */
export type FastCommand = (typeof FAST_COMMANDS)[number];

/** One command's options with no flags given, each switch's option name and value, and whether it takes an argument. */
export interface CommandSwitches {
  readonly defaults: Readonly<Record<string, unknown>>;
  /** Flag as typed (`--color`, `-s`, `--no-pager`) → [option name, value it sets]. */
  readonly switches: Readonly<Record<string, readonly [string, boolean]>>;
  /** True when the command takes an optional argument (`read [article]`). */
  readonly argument: boolean;
}

/** Each covered command's switches. */
export interface SwitchTable {
  readonly commands: Readonly<Record<FastCommand, CommandSwitches>>;
}

/** The switch table of the program `build` makes (given its request callback). */
export function switchTable(build: (onRequest: (request: Request) => void) => Command): SwitchTable {
  const commands = {} as Record<FastCommand, CommandSwitches>;
  for (const name of FAST_COMMANDS) {
    let defaults: Record<string, unknown> = {};
    const program = build((request) => {
      if (request.command === name) defaults = { ...request.options };
    });
    program.parse([name], { from: 'user' });
    const command = program.commands.find((c) => c.name() === name);
    if (!command) throw new Error(`the program has no ${name} command`);
    const switches: Record<string, readonly [string, boolean]> = {};
    for (const option of command.options) {
      if (option.required || option.optional) continue;
      const entry = [option.attributeName(), !option.negate] as const;
      for (const flag of [option.long, option.short]) if (flag) switches[flag] = entry;
    }
    const args = command.registeredArguments;
    if (args.length > 1 || args.some((a) => a.required)) throw new Error(`${name} takes more than one optional argument, which the fast path cannot read`);
    commands[name] = { defaults, switches, argument: args.length === 1 };
  }
  return { commands };
}
