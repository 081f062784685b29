/** marked-terminal 7's ESM entry, as far as kara-news uses it (the DefinitelyTyped package describes v6). */
declare module 'marked-terminal' {
  import type { MarkedExtension } from 'marked';
  /** Builds a marked extension that renders to the terminal; options are styles and layout settings. */
  export function markedTerminal(options?: Record<string, unknown>, highlightOptions?: Record<string, unknown>): MarkedExtension;
}
