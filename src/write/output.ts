import type { Io } from '../io.js';
import { page, shouldPage, type Paging } from './pager.js';
import type { Sink } from './sink.js';

/**
 * Write: delivers rendered text to the terminal, through the pager when it is on and the text
 * is taller than the screen, else (or when no pager starts) straight to stdout.
 */
export async function deliver(text: string, paging: Paging, io: Io, stdout: Sink): Promise<void> {
  if (shouldPage(paging, text, io) && (await page(text, io))) return;
  stdout.write(text);
}
