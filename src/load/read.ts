// Files are read synchronously: one file per run, and node:fs/promises costs a millisecond to load.
import { readFileSync, statSync } from 'node:fs';
import { KaraError, ExitCode } from '../errors.js';
import type { Io } from '../io.js';
import { decodeUtf8, looksBinary } from './decode.js';
import { inputName, type InputRef } from './resolve.js';

/** An article's raw Markdown and where it came from, before any parsing. */
export interface Source {
  readonly ref: InputRef;
  /** What the article goes by in messages and JSON: the slug, the file's path, or "-". */
  readonly name: string;
  readonly text: string;
  /** Things worth one line on stderr that did not stop the read. */
  readonly warnings: readonly string[];
}

/** The largest article kara-news reads: far beyond any article, well within memory. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** The error for input over the size limit. */
function tooLarge(name: string, bytes: number | null): KaraError {
  const size = bytes === null ? 'over 20 MB' : `${(bytes / 1048576).toFixed(1)} MB`;
  return new KaraError(`'${name}' is ${size}; kara-news reads articles up to ${MAX_ARTICLE_BYTES / 1048576} MB`, ExitCode.data);
}

/** Reads all of a stream into one buffer, refusing more than the size limit. */
async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > MAX_ARTICLE_BYTES) throw tooLarge('-', null);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Turns a file-system error into a one-line message that says what to do. */
function fileError(path: string, err: NodeJS.ErrnoException): KaraError {
  const why: Record<string, string> = {
    ENOENT: 'no such file',
    EISDIR: 'is a directory; give a Markdown file inside it',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENAMETOOLONG: 'file name too long',
    ENOTDIR: 'a part of the path is not a directory',
  };
  return new KaraError(`cannot read '${path}': ${why[err.code ?? ''] ?? err.message}`, ExitCode.noInput);
}

/** Reads the bytes an InputRef points at and decodes them as UTF-8 text. */
export async function readSource(ref: InputRef, io: Io): Promise<Source> {
  let bytes: Buffer;
  if (ref.kind === 'stdin') {
    if (io.stdin.isTTY) io.stderr.write('kara-news: reading Markdown from standard input (end with Ctrl-D)\n');
    bytes = await readStream(io.stdin);
  } else {
    try {
      const { size } = statSync(ref.path);
      if (size > MAX_ARTICLE_BYTES) throw tooLarge(ref.path, size);
      bytes = readFileSync(ref.path);
    } catch (err) {
      if (err instanceof KaraError) throw err;
      throw fileError(ref.path, err as NodeJS.ErrnoException);
    }
  }
  const name = inputName(ref);
  if (looksBinary(bytes)) {
    throw new KaraError(`'${name}' is not a text file (it holds NUL bytes); give a Markdown file`, ExitCode.data);
  }
  const decoded = decodeUtf8(bytes);
  const warnings =
    decoded.invalidUtf8At === null
      ? []
      : [`'${name}' is not valid UTF-8 (first bad byte at offset ${decoded.invalidUtf8At}); shown with U+FFFD`];
  return { ref, name, text: decoded.text.replace(/^\uFEFF/, ''), warnings };
}
