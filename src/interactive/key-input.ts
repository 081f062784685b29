// Where the reader's keys come from: standard input when it is the terminal, else the terminal
// itself (/dev/tty), as less does when the article arrives on standard input.
import { openSync } from 'node:fs';
import { ReadStream } from 'node:tty';
import { ExitCode, KaraError } from '../errors.js';
import type { KeyInput } from './terminal.js';

/**
 * The terminal to read keys from, and how to let it go: `stdin` when it is one (left open), else
 * /dev/tty (closed after, or it would keep the process alive); a usage error when there is none.
 */
export function keyInputFor(stdin: NodeJS.ReadableStream & { isTTY?: boolean }): { input: KeyInput; release: () => void } {
  if (stdin.isTTY === true && 'setRawMode' in stdin) return { input: stdin as unknown as KeyInput, release: () => {} };
  try {
    const tty = new ReadStream(openSync('/dev/tty', 'r'));
    return { input: tty, release: () => tty.destroy() };
  } catch {
    throw new KaraError('the interactive reader needs a terminal to read keys from, and there is none; drop -i to print the article', ExitCode.usage);
  }
}
