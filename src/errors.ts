/** Exit codes, after BSD sysexits(3) so scripts can tell a typo from a missing file. */
export const ExitCode = {
  /** Success. */
  ok: 0,
  /** A search found nothing (reserved for --find, grep-style). */
  notFound: 1,
  /** The command line is wrong: unknown option or section, conflicting modes. */
  usage: 64,
  /** The input is not a readable article: binary data, broken front matter. */
  data: 65,
  /** The input does not exist or cannot be opened: missing file, unknown article, a page the server says is not there. */
  noInput: 66,
  /** A page could not be fetched: no such host, connection refused, TLS failure, time-out, server error, redirect loop. */
  unavailable: 69,
  /** A bug in kara-news itself. */
  software: 70,
  /** Writing the output or the store failed (other than the reader closing the pipe). */
  io: 74,
  /** Another kara-news kept the store locked for longer than an update takes: try again. */
  tempFail: 75,
  /** Stopped by Ctrl-C while writing to the terminal (128 + SIGINT, as shells report it). */
  interrupted: 130,
  /** The interactive reader was ended by SIGHUP (its terminal closed): 128 + 1. */
  hangup: 129,
  /** The interactive reader was ended by SIGTERM: 128 + 15. */
  terminated: 143,
} as const;

/** What each exit code means, for the man page and the README. */
export const EXIT_CODE_MEANINGS: Record<ExitCode, string> = {
  0: 'success; also when the reader closes the pipe early',
  1: 'nothing matched: --find found no sentence, or --speaker names no one quoted',
  64: 'usage error: unknown option or command, missing value, conflicting options, unknown section',
  65: 'the input is not a readable article: binary data, over 20 MiB, a page of another kind (an image, a PDF), or a page with no article in it',
  66: 'the input does not exist or cannot be opened, names no bundled article, or is a page the server says is not there (HTTP 404, 410, 403)',
  69: 'a page could not be fetched: no such host, connection refused, TLS failure, time-out, server error (HTTP 5xx, 429), too many redirects',
  70: 'internal error: a bug in kara-news',
  74: 'writing the output, or a file of the store (feeds, stories, library), failed',
  75: 'another kara-news was updating the store for longer than an update takes; try again',
  129: 'the interactive reader was ended by SIGHUP (its terminal closed); the terminal is restored',
  130: 'interrupted by Ctrl-C while writing to the terminal, which is left without styles on; or SIGINT ended the interactive reader',
  143: 'the interactive reader was ended by SIGTERM; the terminal is restored',
};

/** One of the documented exit codes. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** How a message names an input: `standard input` for `-`, else the name (a path, an address, a slug) in quotes. */
export function quoteInput(name: string): string {
  return name === '-' ? 'standard input' : `'${name}'`;
}

/** An error the user can act on: printed as one line on stderr, never with a stack trace. */
export class KaraError extends Error {
  override readonly name = 'KaraError';
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}
