import chalk from 'chalk';
import { urlIsRedundant } from '../markdown/inline-text.js';
import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Selection } from '../select/select.js';
import type { Sink } from '../write/sink.js';
import { byline } from './byline.js';
import type { Style, Theme } from './theme.js';
import { closeStylesPerLine } from './line-styles.js';
import { textTable } from './text-table.js';
import { wrapLine } from './wrap.js';

/** Tables wider or bigger than this are drawn as aligned rows rather than boxed by cli-table3. */
const MAX_BOXED_COLUMNS = 16;
const MAX_BOXED_CELLS = 2000;
import { titleAndBody } from './title.js';

/** How styled output is laid out. */
export interface StyledOptions {
  readonly theme: Theme;
  /** Columns to reflow text to. */
  readonly width: number;
  /** Make links terminal hyperlinks (OSC 8). */
  readonly hyperlinks: boolean;
}

/** A URL as OSC 8 carries it: printable ASCII only, everything else percent-encoded. */
function oscSafe(url: string): string {
  return Array.from(new TextEncoder().encode(url), (b) => (b > 0x20 && b < 0x7f && b !== 0x25 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

/**
 * Where a hyperlink opens and closes while marked-terminal reflows the text; the marks become OSC 8
 * sequences only afterwards, since reflow cuts long words and would cut a long URL's sequence.
 * Articles never hold these characters (controls.ts shows them as U+FFFD).
 */
const LINK_OPEN = '\uFFF9';
const LINK_CLOSE = '\uFFFB';

/** Turns the link marks into OSC 8 hyperlinks to the URLs, in document order. */
function placeHyperlinks(text: string, urls: readonly string[]): string {
  let k = 0;
  return text.replace(/\uFFF9|\uFFFB/g, (mark) => (mark === LINK_OPEN ? `\u001b]8;;${oscSafe(urls[k++] ?? '')}\u001b\\` : '\u001b]8;;\u001b\\'));
}

/** Strips our own SGR styling, to compare what a styled string says. */
const SGR = /\u001b\[[0-9;]*m/g;

/** A marked instance that renders to the terminal with the given theme and width. */
function terminalMarked({ theme, width, hyperlinks }: StyledOptions, urls: string[]): Marked {
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
      width,
      reflowText: true,
      showSectionPrefix: false,
      tab: 2,
      // cli-table3 would colour borders and headers itself (through @colors/colors), outside our decision.
      tableOptions: { style: { head: [], border: [] } },
      image: (_href: string, _title: string, text: string) => (text ? theme.image(text) : ''),
    }),
  );
  marked.use({
    renderer: {
      // A tight list item's text holds inline tokens (emphasis, code); marked-terminal would print them raw.
      text(this: { parser: { parseInline(tokens: Token[]): string } }, token: Tokens.Text | Tokens.Escape): string {
        if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
        return token.text;
      },
      // marked-terminal already puts "[ ] " or "[X] " before a task item; marked's own checkbox token would repeat it.
      checkbox(): string {
        return '';
      },
      // Links show their target whenever the text is not the target itself, so a link's text can
      // never pass for another address; as terminal hyperlinks too, when those are on.
      link(this: { parser: { parseInline(tokens: Token[]): string } }, token: Tokens.Link): string {
        const text = this.parser.parseInline(token.tokens);
        const plainText = text.replace(SGR, '');
        const linked = (shown: string): string => {
          if (!hyperlinks || token.href.startsWith('#')) return shown;
          urls.push(token.href);
          return `${LINK_OPEN}${shown}${LINK_CLOSE}`;
        };
        if (urlIsRedundant(plainText, token.href)) {
          return linked(theme.link(text));
        }
        return `${linked(theme.link(text))} (${theme.href(token.href)})`;
      },
      // Raw HTML is not shown (as pandoc's plain writer does); an inline <br> still breaks the line.
      html(token: Tokens.HTML | Tokens.Tag): string {
        return /^<br\s*\/?>$/i.test(token.text.trim()) ? '\r' : '';
      },
      // Big tables as aligned rows: cli-table3 takes seconds on a 200 x 200 table and minutes on 50 x 5000.
      table(this: { parser: unknown }, token: Tokens.Table): string | false {
        const cells = token.header.length * (token.rows.length + 1);
        if (token.header.length <= MAX_BOXED_COLUMNS && cells <= MAX_BOXED_CELLS) return false;
        return theme.table(textTable(token)) + '\n\n';
      },
      // Code blocks keep their lines, indented, in the theme's code colour.
      code(token: Tokens.Code): string {
        const lines = token.text.split('\n').map((line) => '    ' + theme.code(line));
        return lines.join('\n') + '\n\n';
      },
    },
  });
  return marked;
}

/**
 * Renders a selection for a terminal: for the whole article a title and byline first, then
 * the body through marked-terminal, reflowed to the width.
 */
export function renderStyled(selection: Selection, options: StyledOptions, sink: Sink): void {
  const { article } = selection;
  const { theme } = options;
  let tokens = [...selection.tokens];
  if (selection.whole) {
    const { title, body } = titleAndBody(tokens, article.meta);
    tokens = [...body];
    const header = (text: string, style: Style): string => wrapLine(text, options.width).map((line) => style(line)).join('\n') + '\n';
    if (title) sink.write(header(title, theme.title));
    sink.write(header(byline(article, { stats: true }), theme.byline) + '\n');
  }
  const urls: string[] = [];
  const body = placeHyperlinks(terminalMarked(options, urls).parser(tokens as Token[]), urls);
  // marked-terminal marks hard breaks with \r while it reflows; one that survives is a line break
  // (an article's own \r was already made visible as ^M).
  const lines = body.replace(/\r/g, '\n').replace(/\n{3,}/g, '\n\n').trimEnd();
  sink.write(closeStylesPerLine(lines) + '\n');
}
