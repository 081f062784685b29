// Stands in for cli-highlight (and all of highlight.js behind it) inside marked-terminal.
// kara-news renders code blocks itself (render/styled.ts overrides `code`), so marked-terminal's
// highlighter is never called; importing it would parse about 1 MB of JavaScript at every start.

/** Returns code unchanged. */
export function highlight(code: string): string {
  return code;
}
