// Stands in for chalk's own copy of supports-color (its '#supports-color' import). kara-news
// decides colour once (format/output-format.ts) and sets chalk's level from that decision before
// anything is styled; the real module probes the terminal (loading node:tty), process.argv and
// the environment when chalk is imported, outside that decision and at a millisecond's cost.

/** Reports no colour support for any stream: the level is always set explicitly. */
export function createSupportsColor(): false {
  return false;
}

/** No colour on stdout or stderr until kara-news sets a level. */
const supportsColor = { stdout: false as const, stderr: false as const };
export default supportsColor;
