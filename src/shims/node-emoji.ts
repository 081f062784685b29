// Stands in for node-emoji (and its emoji tables) inside marked-terminal, which kara-news runs
// with `emoji: false`: shortcodes stay as written in every output mode, as in plain text.

/** Knows no emoji. */
export function get(_name: string): string | undefined {
  return undefined;
}
