// The article as the reader holds it at one width: its laid-out lines, where each section and
// each paragraph begins among them, and where a search matches. Laid out again on a resize.
import type { Token } from 'marked';
import type { Section } from '../parse/sections.js';
import type { StyledPage } from '../render/styled.js';
import { foldPunctuation } from '../text/fold.js';
import { visibleText } from './styled-line.js';

/** A match of a search on one line: the line, the [start, end) stretch of its visible text, and which match it is part of. */
export interface Match {
  /** 0-based number of the match: a phrase across a line break is one match on two lines. */
  readonly n: number;
  readonly line: number;
  readonly from: number;
  readonly to: number;
}

/** Where a paragraph stands: its section (null before the first heading), its number, its top-level token. */
export interface ParagraphPlace {
  readonly section: number | null;
  readonly paragraph: number;
  readonly token: number;
}

/** The laid-out article, with the positions the reader moves between. */
export class ReaderDocument {
  /** First line of each section, in document order. */
  readonly sectionLines: readonly { readonly section: Section; readonly line: number }[];
  /** First line of each top-level token shown, in order: for keeping a place across a resize. */
  private readonly blockLines: readonly { readonly token: number; readonly line: number }[];
  private readonly plain: (string | undefined)[] = [];

  constructor(
    readonly page: StyledPage,
    private readonly tokens: readonly Token[],
    sections: readonly Section[],
    private readonly places: readonly ParagraphPlace[],
  ) {
    const lineOf = (index: number): number | undefined => page.starts.get(tokens[index]!);
    this.blockLines = tokens.flatMap((_, token) => {
      const line = lineOf(token);
      return line === undefined ? [] : [{ token, line }];
    });
    // A section whose heading is the title (left out of the body) begins at the top.
    this.sectionLines = sections.map((section, k) => ({ section, line: lineOf(section.start) ?? (k === 0 ? 0 : this.lineAfter(section.start)) }));
  }

  /** The lines. */
  get lines(): readonly string[] {
    return this.page.lines;
  }

  /** A line's visible text, cached. */
  text(line: number): string {
    return (this.plain[line] ??= visibleText(this.page.lines[line] ?? ''));
  }

  /** The first line of the first block shown after token `index`, or the top when none is. */
  private lineAfter(index: number): number {
    return this.blockLines.find((b) => b.token > index)?.line ?? 0;
  }

  /** The section a line is in: the last that begins at or above it; null above the first. */
  sectionAt(line: number): Section | null {
    let found: Section | null = null;
    for (const s of this.sectionLines) {
      if (s.line <= line) found = s.section;
      else break;
    }
    return found;
  }

  /** The first line of a paragraph (by section and number), or null when it is not shown. */
  paragraphLine(section: number | null, paragraph: number): number | null {
    const place = this.places.find((p) => p.section === section && p.paragraph === paragraph);
    if (!place) return null;
    return this.page.starts.get(this.tokens[place.token]!) ?? null;
  }

  /** Where a line stands in the article, independent of width: its block, and the line within it. */
  anchor(line: number): { token: number; offset: number } {
    let found = { token: 0, offset: line };
    for (const b of this.blockLines) {
      if (b.line <= line) found = { token: b.token, offset: line - b.line };
      else break;
    }
    return found;
  }

  /** The line an anchor of another layout falls on in this one. */
  lineOf(anchor: { token: number; offset: number }): number {
    const block = this.blockLines.find((b) => b.token === anchor.token) ?? this.blockLines.find((b) => b.token > anchor.token);
    if (!block) return Math.min(anchor.offset, Math.max(0, this.lines.length - 1));
    const next = this.blockLines.find((b) => b.line > block.line);
    const room = (next?.line ?? this.lines.length) - block.line - 1;
    return block.line + Math.max(0, Math.min(anchor.offset, room));
  }

  /**
   * Every match of a query, in order: as --find matches (any case; straight and curly quotes and
   * dashes alike), within each line, and across the break between two lines of a paragraph.
   */
  search(query: string): Match[] {
    const wanted = foldPunctuation(query).toLowerCase();
    if (wanted.trim() === '') return [];
    const matches: Match[] = [];
    let count = 0;
    let block: number[] = [];
    const flush = (): void => {
      if (block.length === 0) return;
      // The block's lines joined by a space, with where each begins, so a phrase across a break is found.
      const starts: number[] = [];
      let joined = '';
      for (const line of block) {
        starts.push(joined.length);
        joined += foldPunctuation(this.text(line)).toLowerCase() + ' ';
      }
      for (let at = joined.indexOf(wanted); at !== -1; at = joined.indexOf(wanted, at + Math.max(1, wanted.length))) {
        const end = at + wanted.length;
        const n = count++;
        for (let k = 0; k < block.length; k++) {
          const lineStart = starts[k]!;
          const lineEnd = lineStart + this.text(block[k]!).length;
          if (end > lineStart && at < lineEnd) matches.push({ n, line: block[k]!, from: Math.max(at, lineStart) - lineStart, to: Math.min(end, lineEnd) - lineStart });
        }
      }
      block = [];
    };
    for (let line = 0; line < this.lines.length; line++) {
      if (this.text(line).trim() === '') flush();
      else block.push(line);
    }
    flush();
    return matches;
  }
}
