// The numbered notes at the end of a rendered article: footnotes, and with `--links refs` the
// targets of links and images (`text [2]`, as `lynx -dump` prints them). Numbers go in reading
// order, as the renderer meets each reference; plain and styled views number alike.
import type { Token } from 'marked';
import type { FootnoteToken } from '../markdown/footnotes.js';

import type { LinkStyle } from '../format/output-format.js';

/** One numbered note: a footnote's text, or a link's target. */
export type Note = { readonly n: number; readonly kind: 'footnote'; readonly tokens: readonly Token[] } | { readonly n: number; readonly kind: 'link'; readonly url: string };

/** Every footnote definition among the tokens, in document order (a note's own definitions excluded). */
function definitionsIn(tokens: readonly Token[]): FootnoteToken[] {
  const found: FootnoteToken[] = [];
  const walk = (list: readonly Token[]): void => {
    for (const token of list) {
      if (token.type === 'footnote') found.push(token as unknown as FootnoteToken);
      else if (token.type === 'list') walk((token as { items: Token[] }).items);
      else if ('tokens' in token && Array.isArray(token.tokens) && token.type !== 'paragraph' && token.type !== 'heading') walk(token.tokens as Token[]);
    }
  };
  walk(tokens);
  return found;
}

/** Every footnote definition among the tokens, by label (the first of a label wins, as on GitHub). */
export function footnoteDefinitions(tokens: readonly Token[]): Map<string, FootnoteToken> {
  const found = new Map<string, FootnoteToken>();
  for (const note of definitionsIn(tokens)) if (!found.has(note.label)) found.set(note.label, note);
  return found;
}

/** Numbers footnotes and link references as a renderer meets them, and lists them at the end. */
export class Notes {
  private readonly notes: Note[] = [];
  private readonly byFootnote = new Map<string, number>();
  private readonly byUrl = new Map<string, number>();
  private readonly listed = new Set<FootnoteToken>();

  constructor(
    private readonly definitions: ReadonlyMap<string, FootnoteToken>,
    /** How links show their targets. */
    readonly links: LinkStyle,
  ) {}

  /** The number of a footnote reference (the same label, the same number), or null when it has no definition. */
  footnote(label: string): number | null {
    const known = this.byFootnote.get(label);
    if (known !== undefined) return known;
    const definition = this.definitions.get(label);
    if (!definition) return null;
    const n = this.notes.length + 1;
    this.notes.push({ n, kind: 'footnote', tokens: definition.tokens });
    this.byFootnote.set(label, n);
    this.listed.add(definition);
    return n;
  }

  /**
   * Numbers on the definitions among `tokens` (what was rendered) that no reference met: one no
   * reference names, or a second of the same label. The author wrote them; the reader sees them.
   */
  unreferenced(tokens: readonly Token[]): void {
    for (const definition of definitionsIn(tokens)) {
      if (this.listed.has(definition)) continue;
      this.notes.push({ n: this.notes.length + 1, kind: 'footnote', tokens: definition.tokens });
      this.listed.add(definition);
    }
  }

  /** The number of a link's target among the references (the same URL, the same number). */
  link(url: string): number {
    const known = this.byUrl.get(url);
    if (known !== undefined) return known;
    const n = this.notes.length + 1;
    this.notes.push({ n, kind: 'link', url });
    this.byUrl.set(url, n);
    return n;
  }

  /** The notes met so far, in number order. */
  all(): readonly Note[] {
    return this.notes;
  }

  /** The heading of the list at the end: `Notes` when it holds footnotes, else `References`. */
  heading(): string {
    return this.notes.some((note) => note.kind === 'footnote') ? 'Notes' : 'References';
  }
}
