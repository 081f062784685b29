// GitHub's footnotes, which marked leaves as text: `claim.[^1]` and, anywhere after, `[^1]: The note.`
// (with indented lines after it that belong to the note). A marked extension that makes them
// tokens, so every view can number them; loaded only for a document that has a definition.
import type { MarkedExtension, Token, TokenizerExtension, Tokens } from 'marked';

/** A footnote's definition: its label and the note, as block tokens. */
export interface FootnoteToken {
  readonly type: 'footnote';
  readonly raw: string;
  readonly label: string;
  readonly tokens: Token[];
}

/** A reference to a footnote in the text: `[^label]`. */
export interface FootnoteRefToken {
  readonly type: 'footnoteRef';
  readonly raw: string;
  readonly label: string;
}

/** A definition line, and the lines indented under it (blank lines between them included). */
const DEFINITION = /^\[\^([^\]\n]+)\]:[ \t]*([^\n]*(?:\n(?:[ \t]*\n)*(?: {4}|\t)[^\n]*)*)(?:\n|$)/;

/** A definition line after a line break, in a paragraph it would cut. */
const NEXT_DEFINITION = /\n {0,3}\[\^[^\]\n]+\]:/;

/** The start of a block that may be a definition. */
const MAY_DEFINE = /^ {0,3}\[\^/;

/** A blank line: where a paragraph ends. */
const BLANK_LINE = /\n[ \t]*(?:\n|$)/;

/** A line that defines a footnote: in a block quote or a list too. */
const DEFINITION_LINE = /^(?:[ \t]*>)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?\[\^([^\]\n]+)\]:/;

/**
 * The labels a document defines footnotes for, or an empty set (the usual case, found cheaply):
 * only the lines that hold `[^` are read, not every line of the document.
 */
export function footnoteLabels(markdown: string): Set<string> {
  const labels = new Set<string>();
  let lineEnd = -1;
  for (let at = markdown.indexOf('[^'); at !== -1; at = markdown.indexOf('[^', Math.max(at + 2, lineEnd))) {
    const lineStart = markdown.lastIndexOf('\n', at) + 1;
    lineEnd = markdown.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = markdown.length;
    const m = DEFINITION_LINE.exec(markdown.slice(lineStart, lineEnd));
    if (m) labels.add(m[1]!);
  }
  return labels;
}

/** The marked extension for footnotes whose labels are defined: a reference to any other stays text. */
export function footnoteExtension(labels: ReadonlySet<string>): MarkedExtension {
  const definition: TokenizerExtension = {
    name: 'footnote',
    level: 'block',
    // A definition can only cut the paragraph it would interrupt, so look no further than that
    // paragraph's end (searching the rest of the document at every block would be quadratic).
    // marked asks with the text after a block's first character, so a definition starts after a
    // line break, never at 0 (mid-line, `A[^1]` is a reference).
    start: (src) => {
      const end = src.search(BLANK_LINE);
      const at = (end === -1 ? src : src.slice(0, end)).search(NEXT_DEFINITION);
      return at === -1 ? undefined : at + 1;
    },
    // marked offers every block to an extension first: most are turned away by their first characters.
    tokenizer(src) {
      if (!MAY_DEFINE.test(src)) return undefined;
      const m = DEFINITION.exec(src.replace(/^ {1,3}/, ''));
      if (!m || !labels.has(m[1]!)) return undefined;
      const indent = src.length - src.replace(/^ {1,3}/, '').length;
      const body = m[2]!
        .split('\n')
        .map((line, i) => (i === 0 ? line : line.replace(/^(?: {4}|\t)/, '')))
        .join('\n');
      const token: FootnoteToken = { type: 'footnote', raw: src.slice(0, indent + m[0].length), label: m[1]!, tokens: this.lexer.blockTokens(body, []) };
      return token as unknown as Tokens.Generic;
    },
  };
  const reference: TokenizerExtension = {
    name: 'footnoteRef',
    level: 'inline',
    // No `start`: marked's text rule already stops before every `[`, where extensions are tried
    // first; a start would search the rest of the paragraph at every run of text.
    tokenizer(src) {
      if (src.charCodeAt(0) !== 0x5b || src.charCodeAt(1) !== 0x5e) return undefined;
      const m = /^\[\^([^\]\n]+)\]/.exec(src);
      if (!m || !labels.has(m[1]!)) return undefined;
      const token: FootnoteRefToken = { type: 'footnoteRef', raw: m[0], label: m[1]! };
      return token as unknown as Tokens.Generic;
    },
  };
  return { extensions: [definition, reference] };
}
