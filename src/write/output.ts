import type { Io } from '../io.js';
import { page, shouldPage, type Paging } from './pager.js';
import type { Sink } from './sink.js';

/** How much goes to a terminal in one write; Ctrl-C is noticed between writes. */
const TERMINAL_WRITE = 16 * 1024;

/**
 * Write: delivers rendered text to the terminal, through the pager when it is on and the text
 * is taller than the screen, else (or when no pager starts) straight to stdout. Resolves to true
 * when Ctrl-C stopped it.
 */
export async function deliver(text: string, paging: Paging, io: Io, stdout: Sink): Promise<boolean> {
  if (shouldPage(paging, text, io) && (await page(text, io))) return false;
  if (io.stdout.isTTY !== true || !io.on) {
    stdout.write(text);
    return false;
  }
  return writeInterruptibly(text, io, stdout);
}

/**
 * Writes to a terminal a few kilobytes at a time, each ending at a line end, and stops at Ctrl-C
 * between them. Every styled line closes its own styles (render/line-styles.ts), so stopping at a
 * line end leaves the terminal plain; killed in the middle of a write, it could be left bold.
 */
async function writeInterruptibly(text: string, io: Io, stdout: Sink): Promise<boolean> {
  let interrupted = false;
  const onInterrupt = (): void => {
    interrupted = true;
  };
  io.on?.('SIGINT', onInterrupt);
  try {
    for (let at = 0; at < text.length && !interrupted; ) {
      const lineEnd = text.indexOf('\n', at + TERMINAL_WRITE);
      const end = lineEnd === -1 ? text.length : lineEnd + 1;
      stdout.write(text.slice(at, end));
      at = end;
      // A turn of the event loop, in which a Ctrl-C that arrived during the write is handled.
      if (at < text.length) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    io.off?.('SIGINT', onInterrupt);
  }
  return interrupted;
}
