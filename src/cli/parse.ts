// The command line through commander: every form, with help, version and usage errors. Loaded on
// first use, since the commonest command lines are read from the switch table (cli/fast-path.ts).
import { CommanderError } from 'commander';
import { ExitCode } from '../errors.js';
import type { Io } from '../io.js';
import type { Sink } from '../write/sink.js';
import { buildProgram, SHORT_USAGE, type Request } from './program.js';

/** Parses the command line; a number means commander already answered (help, version, usage error). */
export function parseCommandLine(argv: readonly string[], out: Sink, io: Io): Request | ExitCode {
  let request: Request | undefined;
  const program = buildProgram({ writeOut: (s) => out.write(s), writeErr: (s) => io.stderr.write(s) }, (r) => (request = r));
  if (argv.length === 0) {
    out.write(SHORT_USAGE);
    return ExitCode.ok;
  }
  try {
    program.parse([...argv], { from: 'user' });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    const answered = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code);
    return answered && err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (!request) throw new Error('commander parsed the command line but ran no command');
  return request;
}
