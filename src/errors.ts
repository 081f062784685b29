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
  /** The input does not exist or cannot be opened: missing file, unknown article. */
  noInput: 66,
  /** A bug in kara-news itself. */
  software: 70,
  /** Writing the output failed (other than the reader closing the pipe). */
  io: 74,
} as const;

/** One of the documented exit codes. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

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
