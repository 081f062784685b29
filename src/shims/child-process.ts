// Stands in for node:child_process inside bundled dependencies. commander requires it at load
// time but only spawns for executable subcommands, which kara-news has none of; loading the real
// module costs about 6 ms of every start, so it is loaded on first use instead. Only bundles use
// this file, and both have a require(): the CLI is CommonJS, the library's banner makes one.
import type * as ChildProcess from 'node:child_process';

/** node:child_process's spawn, loaded on first call. */
export function spawn(...args: Parameters<typeof ChildProcess.spawn>): ReturnType<typeof ChildProcess.spawn> {
  return (require('node:child_process') as typeof ChildProcess).spawn(...args);
}
