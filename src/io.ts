/// <reference types="node" />
import { fdOutput, isPipeOrFile } from './write/fd-output.js';

/** Where output goes: what kara-news needs of process.stdout (a test passes a PassThrough). */
export interface OutputStream {
  write(text: string | Uint8Array, callback?: (err?: Error | null) => void): boolean;
  on(event: 'error', listener: (err: Error) => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
  /** True when write() is done with the bytes (or has failed) before it returns: nothing is left to flush. */
  readonly writesSynchronously?: boolean;
}

/** The process's streams and environment, passed to main() so tests can run it in-process. */
export interface Io {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: OutputStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Signal handlers (the process passes its own), so a pager can own Ctrl-C while it runs. */
  readonly on?: (event: 'SIGINT', listener: () => void) => unknown;
  readonly off?: (event: 'SIGINT', listener: () => void) => unknown;
}

/**
 * The real process as an Io. Its streams are Node's, made only when first used, except stdout
 * when it is a pipe or a file: that is written straight to its descriptor, `stdoutFd`
 * (write/fd-output.ts). The build's warm-up passes another descriptor (scripts/make-code-cache.ts).
 */
export function processIo(proc: Pick<NodeJS.Process, 'stdin' | 'stdout' | 'stderr' | 'env' | 'on' | 'off'>, stdoutFd = 1): Io {
  let stdout: OutputStream | undefined;
  return {
    get stdin() {
      return proc.stdin;
    },
    get stdout() {
      return (stdout ??= isPipeOrFile(stdoutFd) ? fdOutput(stdoutFd, () => proc.stdout) : proc.stdout);
    },
    get stderr() {
      return proc.stderr;
    },
    env: proc.env,
    on: (event, listener) => proc.on(event, listener),
    off: (event, listener) => proc.off(event, listener),
  };
}
