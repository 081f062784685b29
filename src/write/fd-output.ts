// Standard output written straight to its file descriptor when it is a pipe or a file: Node
// builds process.stdout on first use, and for a pipe that costs 2 to 4 ms of every start (the
// net and stream modules), about a tenth of node's own start-up.
import { fstatSync, writeSync } from 'node:fs';
import type { OutputStream } from './output-stream.js';

/**
 * True when `fd` is a pipe or a regular file, the outputs written here: a shell's pipe is a FIFO,
 * while Node, Python and others give a child a Unix socket as its pipe. A terminal (and any
 * other character device) or an fd that cannot be examined is left to Node's stream.
 */
export function isPipeOrFile(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isSocket() || stat.isFile();
  } catch {
    return false;
  }
}

/**
 * An OutputStream over a pipe or file descriptor, written with blocking writes. A reader that
 * closed the pipe (EPIPE) is reported as an 'error' event, as Node's stream reports it. A
 * descriptor left non-blocking by another process (EAGAIN) hands the rest of the output to
 * `fallback()`, Node's own stream, which waits for the reader. `write` is fs.writeSync but in tests.
 */
export function fdOutput(fd: number, fallback: () => OutputStream, write: typeof writeSync = writeSync): OutputStream {
  const listeners: ((err: Error) => void)[] = [];
  let handedOver: OutputStream | null = null;
  let failed = false;
  const fail = (err: Error): void => {
    failed = true;
    queueMicrotask(() => listeners.forEach((listener) => listener(err)));
  };
  return {
    isTTY: false,
    get writesSynchronously() {
      return handedOver === null;
    },
    write(text: string | Uint8Array, callback?: (err?: Error | null) => void): boolean {
      if (handedOver) return handedOver.write(text, callback);
      const bytes = typeof text === 'string' ? Buffer.from(text) : text;
      let offset = 0;
      while (!failed && offset < bytes.length) {
        try {
          offset += write(fd, bytes, offset);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') fail(err as Error);
          else {
            handedOver = fallback();
            for (const listener of listeners) handedOver.on('error', listener);
            return handedOver.write(bytes.subarray(offset), callback);
          }
        }
      }
      // A promise job, not queueMicrotask, which builds an AsyncResource for each call (a third of a millisecond at first use).
      if (callback) void Promise.resolve().then(() => callback(null));
      return true;
    },
    on(event: 'error', listener: (err: Error) => void): unknown {
      listeners.push(listener);
      return handedOver?.on(event, listener);
    },
  };
}
