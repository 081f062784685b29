import type { Io } from './io.js';
import { fdOutput, isPipeOrFile } from './write/fd-output.js';
import type { OutputStream } from './write/output-stream.js';

/**
 * The real process as an Io, what the bin passes to main(). Its streams are Node's, made only
 * when first used, except stdout when it is a pipe or a file: that is written straight to
 * descriptor 1 (write/fd-output.ts), since Node's stream for a pipe costs milliseconds to build.
 */
export function processIo(proc: Pick<NodeJS.Process, 'stdin' | 'stdout' | 'stderr' | 'env' | 'on' | 'off'>): Io {
  let stdout: OutputStream | undefined;
  return {
    get stdin() {
      return proc.stdin;
    },
    get stdout() {
      return (stdout ??= isPipeOrFile(1) ? fdOutput(1, () => proc.stdout) : proc.stdout);
    },
    get stderr() {
      return proc.stderr;
    },
    env: proc.env,
    on: (event, listener) => proc.on(event, listener),
    off: (event, listener) => proc.off(event, listener),
  };
}
