import chalk from 'chalk';
import { imageMarker, linkShowsTarget, showsLinkTargets, urlIsRedundant, type InlineTextOptions } from '../markdown/inline-text.js';
import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Selection } from '../select/select.js';
import type { Sink } from '../write/sink.js';
import { byline } from './byline.js';
import type { LinkStyle } from '../format/output-format.js';
import { footnoteDefinitions, Notes } from './notes.js';
import { blocks, notesBlock, type BlockLayout } from './styled-blocks.js';
import { GLUE, LINK_CLOSE, LINK_OPEN } from './styled-wrap.js';
import type { Theme } from './theme.js';
import { closeStylesPerLine } from './line-styles.js';
import { titleAndBody } from './title.js';
import { wrapLine } from './wrap.js';

/** How styled output is laid out. */
export interface StyledOptions {
  readonly theme: Theme;
  /** Columns every line fits in. */
  readonly width: number;
  /** Make links terminal hyperlinks (OSC 8). */
  readonly hyperlinks: boolean;
  /** Links' targets after their text (the default), or numbered references at the end. */
  readonly links?: LinkStyle;
}

/** A URL as OSC 8 carries it: printable ASCII only, everything else percent-encoded. */
function oscSafe(url: string): string {
  return Array.from(new TextEncoder().encode(url), (b) => (b > 0x20 && b < 0x7f && b !== 0x25 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

/** Turns the link marks into OSC 8 hyperlinks to the URLs, in document order (marks stand in while lines are laid out). */
function placeHyperlinks(text: string, urls: readonly string[]): string {
  let k = 0;
  return text.replace(/\uFFF9|\uFFFB/g, (mark) => (mark === LINK_OPEN ? `\u001b]8;;${oscSafe(urls[k++] ?? '')}\u001b\\` : '\u001b]8;;\u001b\\'));
}

/** What marked-terminal puts for a colon inside a code span until its block renderers put it back. */
const COLON_PLACEHOLDER = '*#COLON|*';

/** Strips our own SGR styling, to compare what a styled string says. */
const SGR = /\u001b\[[0-9;]*m/g;

/** Joins the words of styled text with glue, so it wraps as one word: `(https://…)` never leaves its `(` behind. */
const glued = (text: string): string => text.replaceAll(' ', GLUE);

/**
 * A marked instance whose renderer styles inline tokens for the terminal: marked-terminal's, with
 * links, images, task boxes, breaks and footnote references as kara-news shows them.
 */
function terminalMarked(theme: Theme, hyperlinks: boolean, urlRule: InlineTextOptions['urls'], notes: Notes, urls: string[]): Marked {
  // marked-terminal consults the default chalk instance (to decide whether to highlight code);
  // make it agree with the one decision taken in output-format.ts.
  chalk.level = theme.level;
  const marked = new Marked({ gfm: true });
  marked.use(
    markedTerminal({
      code: theme.code,
      blockquote: theme.blockquote,
      html: theme.muted,
      heading: theme.heading,
      firstHeading: theme.title,
      hr: theme.hr,
      listitem: (s: string) => s,
      table: theme.table,
      paragraph: (s: string) => s,
      strong: theme.strong,
      em: theme.em,
      codespan: theme.codespan,
      del: theme.del,
      link: theme.link,
      href: theme.href,
      emoji: false,
      // Character references were decoded once, at lexing; decoding again would turn `&amp;lt;` into `<`.
      unescape: false,
      reflowText: false,
      showSectionPrefix: false,
      tab: 2,
    }),
  );
  const linked = (shown: string, href: string): string => {
    if (!hyperlinks || href.startsWith('#')) return shown;
    urls.push(href);
    return `${LINK_OPEN}${shown}${LINK_CLOSE}`;
  };
  marked.use({
    extensions: [
      {
        name: 'footnoteRef',
        renderer: (token) => {
          // A reference to a note the document does not give stays as written.
          const n = notes.footnote((token as unknown as { label: string }).label);
          return n === null ? token.raw : theme.muted(`[${n}]`);
        },
      },
    ],
    renderer: {
      // A tight list item's text holds inline tokens (emphasis, code); marked-terminal would print them raw.
      text(this: { parser: { parseInline(tokens: Token[]): string } }, token: Tokens.Text | Tokens.Escape): string {
        if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
        return token.text;
      },
      // The layout puts ☐ or ☒ in the item's marker.
      checkbox(): string {
        return '';
      },
      // A link's text is the link. Its target follows it (`text (url)`, never split before its
      // `(`) by the article's rule for targets, and always when the text looks like another
      // address, so no link passes for where it does not go; a terminal hyperlink alone carries it
      // otherwise. With --links refs the target is a numbered reference instead (`text [2]`).
      link(this: { parser: { parseInline(tokens: Token[]): string } }, token: Tokens.Link): string {
        const text = this.parser.parseInline(token.tokens);
        const plainText = text.replace(SGR, '');
        const shown = linked(theme.link(text), token.href);
        if (urlIsRedundant(plainText, token.href)) return shown;
        if (notes.links === 'refs') return `${shown}${GLUE}${theme.muted(`[${notes.link(token.href)}]`)}`;
        const target = hyperlinks ? linkShowsTarget(plainText, token.href, 'deceptive') : linkShowsTarget(plainText, token.href, urlRule);
        return target ? `${shown}${GLUE}${glued(`(${theme.href(token.href)})`)}` : shown;
      },
      // An image is a marker with its alt text; its address is among the references with --links refs.
      image(token: Tokens.Image): string {
        const marker = theme.image(imageMarker(token.text));
        return notes.links === 'refs' && token.href ? `${marker}${GLUE}${theme.muted(`[${notes.link(token.href)}]`)}` : marker;
      },
      // Raw HTML is not shown (as pandoc's plain writer does); an inline <br> still breaks the line.
      html(token: Tokens.HTML | Tokens.Tag): string {
        return /^<br\s*\/?>$/i.test(token.text.trim()) ? '\n' : '';
      },
      br(): string {
        return '\n';
      },
    },
  });
  return marked;
}

/** A selection laid out for the terminal: its lines, and the line each of its blocks begins on. */
export interface StyledPage {
  /** Every line, styles closed per line, hyperlinks as OSC 8 sequences. */
  readonly lines: readonly string[];
  /** The first line of each body token shown (a whole article's title is line 0). */
  readonly starts: ReadonlyMap<Token, number>;
}

/**
 * Lays a selection out for a terminal: for the whole article a title and byline first, then the
 * body block by block (styled-blocks.ts), every line within the width, then the notes.
 */
export function styledPage(selection: Selection, options: StyledOptions): StyledPage {
  const { article } = selection;
  const { theme, width } = options;
  let tokens = [...selection.tokens];
  const lines: string[] = [];
  if (selection.whole) {
    const { title, body } = titleAndBody(tokens, article.meta);
    tokens = [...body];
    if (title) for (const line of wrapLine(title, width)) lines.push(theme.title(line));
    for (const line of wrapLine(byline(article, { stats: true }), width)) lines.push(theme.byline(line));
    lines.push('');
  }
  const urls: string[] = [];
  const notes = new Notes(footnoteDefinitions(article.tokens), options.links ?? 'inline');
  const marked = terminalMarked(theme, options.hyperlinks, showsLinkTargets(article), notes, urls);
  // marked-terminal hides colons in code spans from its emoji pass and restores them in its block renderers, which the layout replaces.
  const layout: BlockLayout = { theme, notes, inline: (inline) => marked.Parser.parseInline(inline as Token[], marked.defaults).replaceAll(COLON_PLACEHOLDER, ':') };
  const starts = new Map<Token, number>();
  const body = blocks(tokens, width, layout, 0, 1, starts);
  const header = lines.length;
  for (const [token, line] of starts) starts.set(token, line + header);
  for (const line of body) lines.push(line);
  notes.unreferenced(tokens);
  const end = notesBlock(width, layout);
  if (end.length > 0) {
    lines.push('');
    for (const line of end) lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { lines: closeStylesPerLine(placeHyperlinks(lines.join('\n'), urls)).split('\n'), starts };
}

/** Renders a selection for a terminal (styledPage), to the sink. */
export function renderStyled(selection: Selection, options: StyledOptions, sink: Sink): void {
  sink.write(styledPage(selection, options).lines.join('\n') + '\n');
}
