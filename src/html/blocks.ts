// The article's elements as the tokens marked makes of Markdown, each with the Markdown it stands
// for as its `raw`: every renderer reads a page as it reads a Markdown file, and the Markdown of the
// whole page (read --markdown) is its tokens' raw text, which marked reads back to the same tokens.
import type { Token, Tokens } from 'marked';
import { hasWordChar, isWordCode } from '../text/chars.js';
import { attr, type Element, type Node } from './dom.js';
import { BLOCKS } from './measure.js';

/** A link's target made absolute against the page's address; null for a target a reader cannot follow. */
export type Resolve = (href: string) => string | null;

/** Characters Markdown could read as syntax inside text. */
const INLINE_SYNTAX = /[\\`*_[\]<>~|]|&(?=#|\w|$)|!(?=\[|$)/g;

/** Characters that may need escaping, or a web address; most text holds neither. */
const MAYBE_SYNTAX = /[\\`*_[\]<>~|&!]|:\/\/|www\./;

/**
 * White space a browser shows as one space: a run of two or more, or a tab or line break. A lone
 * space is left as it is (replacing each with itself made a match of every word).
 */
const WHITE_SPACE_RUN = /[\t\n\r\f ]{2,}|[\t\n\r\f]/g;

/** A web address in running text, which GFM would make a link of up to the next space, backslashes and all. */
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>]+/g;

/**
 * Escapes text so that Markdown reads it back as the same characters. A bare web address is
 * written as an autolink, `<https://…>`, which ends where the address ends and takes its
 * characters literally (GFM's own would run on into whatever follows it).
 */
function escapeInline(text: string, inLink = false): string {
  // A link's text may hold no link, and an address there that GFM took for one would undo the
  // outer link: its `://` (or `www.`) is escaped, which shows it as written and links nothing.
  if (inLink) return text.replace(INLINE_SYNTAX, '\\$&').replace(/:\/\//g, '\\://').replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`);
  if (!MAYBE_SYNTAX.test(text)) return text;
  let out = '';
  let at = 0;
  for (const url of text.matchAll(BARE_URL)) {
    out += text.slice(at, url.index).replace(INLINE_SYNTAX, '\\$&') + (url[0].includes('://') ? `<${url[0]}>` : url[0].replace(INLINE_SYNTAX, '\\$&'));
    at = url.index + url[0].length;
  }
  return out + text.slice(at).replace(INLINE_SYNTAX, '\\$&');
}

/** Escapes what would open a block at the start of a line: a heading, quote, list item or rule. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(#|>|[-+*](?=\s|$)|=+\s*$|-+\s*$|(\d{1,9})([.)])(?=\s|$))/, (_m, space: string, mark: string, digits?: string, dot?: string) =>
    digits !== undefined ? `${space}${digits}\\${dot}` : `${space}\\${mark}`,
  );
}

/** An inline text token. */
const text = (t: string, inLink = false): Tokens.Text => ({ type: 'text', raw: escapeInline(t, inLink), text: t });

/**
 * True when an image's alt text describes it in words a reader can use: three words or more, not
 * a file name (`_MG_2953`, `EPA_Visualisierung`) or a label (`photo`, `main article image`).
 */
function describes(alt: string): boolean {
  const words = alt.split(' ').filter(hasWordChar);
  if (words.length < 3) return false;
  return !/^[\w-]+\.(?:jpe?g|png|gif|webp|svg|avif)$/i.test(alt) && !/\b(?:image|photo|picture|thumbnail|img)\s*$/i.test(alt) && !/[_]/.test(alt);
}

/** True for an image drawn at a few pixels: a tracker, a spacer, an icon. */
function isTiny(img: Element): boolean {
  const size = (name: string): number => Number.parseInt(attr(img, name), 10);
  return size('width') <= 48 || size('height') <= 48;
}

/** Elements of emphasis: the token each becomes and its Markdown mark (a Map: a page may name a tag `constructor`). */
const EMPHASIS = new Map<string, readonly ['strong' | 'em' | 'del', string]>([
  ...['strong', 'b'].map((tag) => [tag, ['strong', '**']] as const),
  ...['em', 'i', 'cite', 'dfn'].map((tag) => [tag, ['em', '*']] as const),
  ...['del', 's', 'strike'].map((tag) => [tag, ['del', '~~']] as const),
]);

/** Inline tokens from an element's children, white space collapsed as a browser shows it; images in links (teasers, galleries) are left out. */
function inlines(nodes: readonly Node[], resolve: Resolve, out: Token[] = [], inLink = false): Token[] {
  for (const node of nodes) {
    if (node.kind === 'text') {
      const t = node.text.replace(WHITE_SPACE_RUN, ' ');
      if (t !== '') out.push(text(t, inLink));
      continue;
    }
    const inner = (): Token[] => trimInline(inlines(node.children, resolve, [], inLink || node.tag === 'a'));
    /**
     * Pushes what `make` builds of the element's content, with white space at the content's ends
     * moved outside it: `apps<b> Kindle</b>` keeps its space between the words.
     */
    const around = (make: (content: Token[]) => void): void => {
      const content = inlines(node.children, resolve, [], inLink || node.tag === 'a');
      const first = content.find((t) => t.type !== 'br');
      const last = content.findLast((t) => t.type !== 'br');
      if (first?.type === 'text' && /^\s/.test((first as Tokens.Text).text)) out.push(text(' '));
      make(trimInline(content));
      if (last?.type === 'text' && /\s$/.test((last as Tokens.Text).text)) out.push(text(' '));
    };
    const wrap = EMPHASIS.get(node.tag);
    if (wrap) {
      around((content) => pushWrapped(out, wrap[0], wrap[1], content));
      continue;
    }
    switch (node.tag) {
      case 'br':
        out.push({ type: 'br', raw: '  \n' });
        break;
      case 'code':
      case 'kbd':
      case 'samp':
      case 'tt': {
        const code = plainOf(node).replace(/\s+/g, ' ');
        if (code.trim() !== '') pushInline(out, codespan(code));
        break;
      }
      case 'img': {
        const alt = (attr(node, 'alt') || attr(node, 'title')).replace(/\s+/g, ' ').trim();
        const src = resolve(attr(node, 'src') || attr(node, 'data-src'));
        if (src === null || !describes(alt) || inLink || isTiny(node)) break;
        out.push({ type: 'image', raw: `![${escapeInline(alt)}](${destination(src)})`, href: src, title: null, text: alt, tokens: [text(alt)] } as Tokens.Image);
        break;
      }
      case 'a':
        around((content) => {
          const href = resolve(attr(node, 'href'));
          if (content.length === 0) return;
          // No link inside a link's text: Markdown would undo the outer one.
          if (href === null || inLink || content.some((t) => t.type === 'br')) return void pushAll(out, content);
          const shown = content.map((t) => t.raw).join('');
          out.push({ type: 'link', raw: `[${shown}](${destination(href)})`, href, title: null, text: plainOf(node).trim(), tokens: content } as Tokens.Link);
        });
        break;
      case 'q':
        out.push(text('“'));
        pushAll(out, inlines(node.children, resolve, [], inLink));
        out.push(text('”'));
        break;
      default:
        if (BLOCKS.has(node.tag)) {
          // A block inside inline content (a <div> in a <span>): its text, on a line of its own.
          const content = inner();
          if (content.length > 0) out.push({ type: 'br', raw: '  \n' }, ...content, { type: 'br', raw: '  \n' });
        } else inlines(node.children, resolve, out, inLink);
    }
  }
  return out;
}


/** A code span of `code`, fenced by one backtick more than the longest run it holds. */
function codespan(code: string): Tokens.Codespan {
  const fence = '`'.repeat(longestRun(code, '`') + 1);
  const pad = code.startsWith('`') || code.endsWith('`') || /^ .* $/.test(code) ? ' ' : '';
  return { type: 'codespan', raw: `${fence}${pad}${code}${pad}${fence}`, text: code };
}

/** Pushes an inline token; two code spans in a row would run their backticks together, so they become one span. */
function pushInline(out: Token[], token: Token): void {
  const previous = out[out.length - 1];
  if (token.type === 'codespan' && previous?.type === 'codespan') out[out.length - 1] = codespan((previous as Tokens.Codespan).text + (token as Tokens.Codespan).text);
  else out.push(token);
}

/** Pushes inline tokens one by one (a spread of a hundred thousand would overflow the stack), code spans joined. */
function pushAll(out: Token[], tokens: readonly Token[]): void {
  for (const token of tokens) pushInline(out, token);
}

/**
 * Pushes a strong/em/del token around inline content, unless there is none. Markdown reads `**`
 * as emphasis only by what stands beside it; next to a letter or digit inside it always does, so
 * content that starts or ends otherwise (a quote mark, a link) keeps its text and loses the style.
 */
function pushWrapped(out: Token[], type: 'strong' | 'em' | 'del', mark: string, content: Token[]): void {
  if (content.length === 0) return;
  const raw = content.map((t) => t.raw).join('');
  // Letters and digits, which emphasis marks may touch on either side and still be read as marks.
  const wordAt = (i: number): boolean => i >= 0 && i < raw.length && isWordCode(raw.codePointAt(i)!);
  if (!wordAt(0) || !wordAt(raw.length - 1) || content.some((t) => t.type === 'br')) {
    pushAll(out, content);
    return;
  }
  // `*A*` then `*n*` would run together as `*A**n*`, which Markdown reads as bold: they are one emphasis.
  const previous = out[out.length - 1];
  if (previous?.type === type) {
    const merged = [...(previous as Tokens.Em).tokens];
    for (const token of content) pushInline(merged, token);
    const inner = merged.map((t) => t.raw).join('');
    out[out.length - 1] = { type, raw: `${mark}${inner}${mark}`, text: inner, tokens: merged } as Token;
    return;
  }
  // Bold right after italic (or the other way) would run their stars together: the second keeps its text only.
  if ((previous?.type === 'em' || previous?.type === 'strong') && type !== 'del') {
    pushAll(out, content);
    return;
  }
  out.push({ type, raw: `${mark}${raw}${mark}`, text: raw, tokens: content } as Token);
}

/** Inline content without white space at its ends, breaks at its ends dropped. */
function trimInline(tokens: Token[]): Token[] {
  const out = [...tokens];
  while (out.length > 0 && (out[0]!.type === 'br' || (out[0]!.type === 'text' && (out[0] as Tokens.Text).text.trim() === ''))) out.shift();
  while (out.length > 0 && (out[out.length - 1]!.type === 'br' || (out[out.length - 1]!.type === 'text' && (out[out.length - 1] as Tokens.Text).text.trim() === ''))) out.pop();
  // White space is never escaped, so the Markdown trims as the text does (and keeps how it was escaped).
  const trimmed = (t: Tokens.Text, trim: (s: string) => string): Tokens.Text => {
    const text = trim(t.text);
    return text === t.text ? t : { ...t, text, raw: trim(t.raw) };
  };
  if (out[0]?.type === 'text') out[0] = trimmed(out[0] as Tokens.Text, (s) => s.trimStart());
  const last = out.length - 1;
  if (out[last]?.type === 'text') out[last] = trimmed(out[last] as Tokens.Text, (s) => s.trimEnd());
  return out;
}

/** A link destination Markdown reads back whole: in angle brackets when it holds spaces or brackets. */
function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, (c) => encodeURIComponent(c))}>` : url;
}

/** The longest run of a character in text. */
function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** All the text below a node. */
function plainOf(node: Node): string {
  if (node.kind === 'text') return node.text;
  if (node.tag === 'br') return '\n';
  let out = '';
  for (const child of node.children) out += plainOf(child);
  return out;
}

/** The plain text of inline tokens, to tell whether a block says anything. */
function spoken(tokens: readonly Token[]): string {
  return tokens.map((t) => ('tokens' in t && Array.isArray(t.tokens) ? spoken(t.tokens) : 'text' in t && typeof t.text === 'string' ? t.text : '')).join('');
}

/** The Markdown of inline tokens as a paragraph's lines, each escaped where a block could start. */
function paragraphRaw(tokens: readonly Token[]): string {
  return tokens
    .map((t) => t.raw)
    .join('')
    .split('\n')
    .map(escapeLineStart)
    .join('\n');
}

/**
 * Paragraph tokens of inline content: two line breaks or more in a row end a paragraph, as they
 * read on the page (Markdown has no way to write a blank line inside one).
 */
function paragraphs(content: Token[]): Tokens.Paragraph[] {
  const out: Tokens.Paragraph[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    const p = paragraph(run);
    if (p) out.push(p);
    run = [];
  };
  content.forEach((t, i) => {
    const breaks = t.type === 'br' && (content[i + 1]?.type === 'br' || content[i - 1]?.type === 'br');
    if (!breaks) run.push(t);
    else if (content[i - 1]?.type !== 'br') flush();
  });
  flush();
  return out;
}

/** A paragraph token of inline content, or null when it says nothing. */
function paragraph(content: Token[]): Tokens.Paragraph | null {
  const tokens = trimInline(content);
  if (spoken(tokens).trim() === '') return null;
  const raw = paragraphRaw(tokens);
  return { type: 'paragraph', raw: raw + '\n\n', text: raw, tokens };
}

/** Block tokens from the children of a block element, in order; inline runs between blocks become paragraphs. */
export function blocks(nodes: readonly Node[], resolve: Resolve): Token[] {
  const out: Token[] = [];
  let run: Node[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    for (const p of paragraphs(inlines(run, resolve))) out.push(p);
    run = [];
  };
  for (const node of nodes) {
    if (node.kind === 'text' || !BLOCKS.has(node.tag)) {
      // A <br><br> between runs of text ends a paragraph, as it reads on the page.
      if (node.kind === 'element' && node.tag === 'br' && run.length > 0) {
        const last = run[run.length - 1]!;
        if (last.kind === 'element' && last.tag === 'br') {
          run.pop();
          flush();
          continue;
        }
      }
      run.push(node);
      continue;
    }
    flush();
    for (const b of block(node, resolve)) out.push(b);
  }
  flush();
  return separateLists(out);
}

/**
 * Two lists in a row read in Markdown as one (the second list's items become the first's), so an
 * empty HTML comment, which CommonMark gives for this and every renderer leaves out, stands between.
 */
export function separateLists(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (token.type === 'list' && out[out.length - 1]?.type === 'list') out.push({ type: 'html', raw: '<!-- -->\n\n', text: '<!-- -->', block: true, pre: false } as Tokens.HTML);
    out.push(token);
  }
  return out;
}

/** Block tokens for one block element. */
function block(el: Element, resolve: Resolve): Token[] {
  switch (el.tag) {
    case 'p':
    case 'summary':
    case 'address':
    case 'dt':
      return paragraphs(inlines(el.children, resolve));
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const tokens = trimInline(inlines(el.children, resolve)).filter((t) => t.type !== 'br');
      if (spoken(tokens).trim() === '') return [];
      const depth = Number(el.tag[1]);
      const content = tokens.map((t) => t.raw).join('');
      // A heading's closing #s would be dropped: one at its end is escaped.
      const raw = content.replace(/#$/, '\\#');
      return [{ type: 'heading', raw: `${'#'.repeat(depth)} ${raw}\n\n`, depth, text: content, tokens } as Tokens.Heading];
    }
    case 'ul':
    case 'ol':
      return list(el, resolve);
    case 'blockquote': {
      const inner = blocks(el.children, resolve);
      if (inner.length === 0) return [];
      const body = inner.map((t) => t.raw.replace(/\n+$/, '')).join('\n\n');
      const raw = body
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
      return [{ type: 'blockquote', raw: raw + '\n\n', text: body, tokens: inner } as Tokens.Blockquote];
    }
    case 'pre': {
      const code = plainOf(el).replace(/^\n/, '').replace(/\s+$/, '');
      if (code.trim() === '') return [];
      const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
      return [{ type: 'code', raw: `${fence}\n${code}\n${fence}\n\n`, text: code } as Tokens.Code];
    }
    case 'hr':
      return [{ type: 'hr', raw: '---\n\n' } as Tokens.Hr];
    case 'table':
      return table(el, resolve);
    case 'dl':
    case 'dd':
    case 'div':
    case 'section':
    case 'article':
    case 'main':
    case 'header':
    case 'center':
    case 'details':
    case 'figure':
    case 'fieldset':
    case 'body':
    case 'html':
    case 'hgroup':
    case 'li':
      return blocks(el.children, resolve);
    default:
      return blocks(el.children, resolve);
  }
}

/** A list and its items; an item's blocks are indented under its marker. */
function list(el: Element, resolve: Resolve): Token[] {
  const ordered = el.tag === 'ol';
  const start = ordered ? Number.parseInt(attr(el, 'start') || '1', 10) || 1 : 1;
  const items: Tokens.ListItem[] = [];
  for (const child of el.children) {
    if (child.kind !== 'element') continue;
    if (child.tag !== 'li') {
      // Stray content in a list (a nested list without its <li>) joins the item before it.
      if ((child.tag === 'ul' || child.tag === 'ol') && items.length > 0) {
        const nested = list(child, resolve);
        const last = items[items.length - 1]!;
        for (const n of nested) last.tokens.push(n);
      }
      continue;
    }
    const inner = blocks(child.children, resolve);
    if (inner.length === 0) continue;
    // A tight item holds its text as a `text` token, as marked lexes `- item`.
    const tokens = inner.map((t) => (t.type === 'paragraph' ? ({ type: 'text', raw: t.raw, text: t.text, tokens: t.tokens } as Tokens.Text) : t));
    items.push({ type: 'list_item', raw: '', task: false, checked: undefined, loose: false, text: '', tokens });
  }
  if (items.length === 0) return [];
  const marker = (i: number): string => (ordered ? `${start + i}. ` : '- ');
  const rawItems = items.map((item, i) => {
    const m = marker(i);
    // A nested list follows its item's text on the next line: a blank line would make the list loose.
    const body = item.tokens.map((t, k) => (k === 0 ? '' : t.type === 'list' ? '\n' : '\n\n') + t.raw.replace(/\n+$/, '')).join('');
    const indented = body
      .split('\n')
      .map((line, k) => (k === 0 ? m + line : line === '' ? '' : ' '.repeat(m.length) + line))
      .join('\n');
    item.raw = indented + '\n';
    item.text = body;
    // Two blocks in one item make the list loose, as marked would read the Markdown.
    item.loose = item.tokens.filter((t) => t.type !== 'list').length > 1;
    return indented;
  });
  const loose = items.some((item) => item.loose);
  const raw = rawItems.join(loose ? '\n\n' : '\n') + '\n\n';
  return [{ type: 'list', raw, ordered, start: ordered ? start : '', loose, items } as Tokens.List];
}

/** A table as GFM: its first row (or <thead>) as the header, every other row after it. */
function table(el: Element, resolve: Resolve): Token[] {
  const rows: Element[][] = [];
  const collect = (node: Element): void => {
    for (const child of node.children) {
      if (child.kind !== 'element' || child.tag === 'table') continue;
      if (child.tag === 'tr') rows.push(child.children.filter((c): c is Element => c.kind === 'element' && (c.tag === 'td' || c.tag === 'th')));
      else collect(child);
    }
  };
  collect(el);
  const cells = rows.filter((r) => r.length > 0);
  if (cells.length === 0) return [];
  const width = cells.reduce((most, r) => Math.max(most, r.length), 0);
  // A table of one column, or one row, is layout, not data: its cells are blocks.
  if (width === 1 || cells.length === 1) return cells.flat().flatMap((cell) => blocks(cell.children, resolve));
  const cell = (c: Element | undefined, header: boolean): Tokens.TableCell => {
    const tokens = c ? trimInline(inlines(c.children, resolve)).map((t) => (t.type === 'br' ? text(' ') : t)) : [];
    const raw = tokens.map((t) => t.raw).join('').replace(/\|/g, '\\|');
    return { text: raw, tokens, header, align: null };
  };
  const header = Array.from({ length: width }, (_, i) => cell(cells[0]![i], true));
  const body = cells.slice(1).map((r) => Array.from({ length: width }, (_, i) => cell(r[i], false)));
  const line = (row: Tokens.TableCell[]): string => `| ${row.map((c) => c.text || ' ').join(' | ')} |`;
  const raw = [line(header), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n') + '\n\n';
  return [{ type: 'table', raw, header, align: Array.from({ length: width }, () => null), rows: body } as Tokens.Table];
}
