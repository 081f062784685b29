/// <reference types="node" />
import type { OutputStream } from './write/output-stream.js';

/** The process's streams and environment, passed to main() so tests can run it in-process. */
export interface Io {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: OutputStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Signal handlers (the process passes its own), so a pager can own Ctrl-C, and the interactive reader the signals that end it. */
  readonly on?: (event: 'SIGINT' | 'SIGTERM' | 'SIGHUP', listener: () => void) => unknown;
  readonly off?: (event: 'SIGINT' | 'SIGTERM' | 'SIGHUP', listener: () => void) => unknown;
}
