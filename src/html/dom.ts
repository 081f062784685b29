// A web page as a tree: what the extractor needs of the DOM, parsed in one pass with a regular
// expression per tag. Not the HTML standard's full tree construction: the end tags HTML lets a
// page leave out are implied, stray end tags are ignored, and the text of scripts and styles is
// skipped whole. Nothing in a page runs, and nothing it names (images, styles) is fetched.
import { neutraliseControls } from '../markdown/controls.js';
import { commonDecoder, type Decoder } from './references.js';

/** An element: its tag name in lower case, its attributes, and what it holds. */
export interface Element {
  readonly kind: 'element';
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Node[];
  parent: Element | null;
}

/** A run of text, its character references decoded and control characters made inert. */
export interface Text {
  readonly kind: 'text';
  readonly text: string;
}

/** A node of the tree. */
export type Node = Element | Text;

/** Elements that never have content or an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template', 'plaintext']);

/** Raw-text elements whose text is kept: the title is metadata, a JSON-LD script holds the article's. */
const KEEP_RAW = new Set(['title', 'script', 'textarea']);

/** Elements an open <p> ends before (HTML's "closes a p element"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);

/** An open <p>, and the elements beyond which a start tag does not look for one to end. */
const P = new Set(['p']);
const P_SCOPE = new Set(['button', 'table', 'td', 'th', 'caption', 'template', 'object']);

/**
 * For an element whose start tag ends an open one of these tags, the tags it ends (with whatever
 * is open inside them: a new row ends the cell and the row before), and the tags that stop the search.
 * A Map, not an object: a page may name a tag `constructor`.
 */
const IMPLIED_END = new Map<string, { readonly ends: ReadonlySet<string>; readonly scope: ReadonlySet<string> }>([
  ['li', { ends: new Set(['li']), scope: new Set(['ul', 'ol', 'menu']) }],
  ['dt', { ends: new Set(['dt', 'dd']), scope: new Set(['dl']) }],
  ['dd', { ends: new Set(['dt', 'dd']), scope: new Set(['dl']) }],
  ['tr', { ends: new Set(['tr']), scope: new Set(['table', 'thead', 'tbody', 'tfoot']) }],
  ['td', { ends: new Set(['td', 'th']), scope: new Set(['tr', 'table']) }],
  ['th', { ends: new Set(['td', 'th']), scope: new Set(['tr', 'table']) }],
  ['thead', { ends: new Set(['thead', 'tbody', 'tfoot']), scope: new Set(['table']) }],
  ['tbody', { ends: new Set(['thead', 'tbody', 'tfoot']), scope: new Set(['table']) }],
  ['tfoot', { ends: new Set(['thead', 'tbody', 'tfoot']), scope: new Set(['table']) }],
  ['option', { ends: new Set(['option']), scope: new Set(['select', 'datalist', 'optgroup']) }],
  // A link inside a link ends the first, as browsers read it.
  ['a', { ends: new Set(['a']), scope: new Set(['td', 'th', 'table', 'li', 'p', 'div']) }],
]);

/** Elements an end tag does not look past for its start: a stray </div> inside a table cell stays in it. */
const BOUNDARY = new Set(['td', 'th', 'table', 'template', 'html']);

/** A start tag, an end tag, a comment, or a declaration (doctype, CDATA, processing instruction). */
const MARKUP = /<(\/?)([a-zA-Z][^\s/>\0]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>/g;

/** One attribute: name, and a double-quoted, single-quoted or bare value. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** The attributes of a start tag, names in lower case; the first of a repeated name wins, as in HTML. */
function parseAttributes(source: string, decoder: Decoder): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (source.trim() === '' || source.trim() === '/') return attrs;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(source); m !== null; m = ATTRIBUTE.exec(source)) {
    const name = m[1]!.toLowerCase();
    if (name in attrs) continue;
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    attrs[name] = neutraliseControls(value.includes('&') ? decoder.attribute(value) : value);
  }
  return attrs;
}

/** The end tag of each raw-text element, found from an offset with lastIndex. */
const RAW_END: Record<string, RegExp> = {};

/** Makes an element. */
function element(tag: string, attrs: Record<string, string>, parent: Element | null): Element {
  return { kind: 'element', tag, attrs, children: [], parent };
}

/**
 * Parses a page into a tree under a root element `#document`; never throws, whatever the markup.
 * `decoder` decodes character references: the common ones unless the page needs the full table.
 */
export function parseHtml(html: string, decoder: Decoder = commonDecoder): Element {
  /** Text with its character references decoded and control characters made inert. */
  const decodeText = (text: string): string => neutraliseControls(text.includes('&') ? decoder.text(text) : text);
  const root = element('#document', {}, null);
  const stack: Element[] = [root];
  const current = (): Element => stack[stack.length - 1]!;
  const addText = (text: string): void => {
    if (text === '') return;
    const parent = current();
    const last = parent.children[parent.children.length - 1];
    // Adjacent runs (text split by a comment) read as one.
    if (last?.kind === 'text') parent.children[parent.children.length - 1] = { kind: 'text', text: last.text + decodeText(text) };
    else parent.children.push({ kind: 'text', text: decodeText(text) });
  };
  let foreign = 0; // Open <svg> and <math> elements, inside which a start tag may close itself (<path/>).
  /** Closes the open elements from index i up. */
  const popTo = (i: number): void => {
    for (let k = i; k < stack.length; k++) if (stack[k]!.tag === 'svg' || stack[k]!.tag === 'math') foreign--;
    stack.length = i;
  };
  /** Pops open elements down to and including the nearest `tags` one, unless a `scope` element comes first. */
  const closeNearest = (tags: ReadonlySet<string>, scope: ReadonlySet<string>): void => {
    for (let i = stack.length - 1; i > 0; i--) {
      const tag = stack[i]!.tag;
      if (tags.has(tag)) return popTo(i);
      if (scope.has(tag)) return;
    }
  };

  MARKUP.lastIndex = 0;
  let at = 0;
  for (let m = MARKUP.exec(html); m !== null; m = MARKUP.exec(html)) {
    addText(html.slice(at, m.index));
    at = MARKUP.lastIndex;
    const name = m[2];
    if (name === undefined) continue; // A comment or a declaration.
    const tag = name.toLowerCase();
    if (m[1] === '/') {
      if (tag === 'br') {
        current().children.push(element('br', {}, current()));
        continue;
      }
      // The nearest open element of that name, unless a table cell or the like is nearer.
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.tag === tag) {
          popTo(i);
          break;
        }
        if (BOUNDARY.has(stack[i]!.tag)) break;
      }
      continue;
    }
    if (CLOSES_P.has(tag)) closeNearest(P, P_SCOPE);
    const implied = IMPLIED_END.get(tag);
    if (implied) closeNearest(implied.ends, implied.scope);
    const parent = current();
    const el = element(tag, parseAttributes(m[3] ?? '', decoder), parent);
    parent.children.push(el);
    if (VOID.has(tag)) continue;
    // HTML ignores the slash of <div/>; inside SVG and MathML it closes the element.
    if ((foreign > 0 || tag === 'svg' || tag === 'math') && (m[3] ?? '').trimEnd().endsWith('/')) continue;
    if (RAW_TEXT.has(tag) && foreign === 0) {
      // The text runs to the matching end tag, whatever it holds.
      const endTag = (RAW_END[tag] ??= new RegExp(`</${tag}[\\s/>]`, 'gi'));
      endTag.lastIndex = at;
      const end = endTag.exec(html);
      const stop = end === null ? html.length : end.index;
      if (KEEP_RAW.has(tag)) el.children.push({ kind: 'text', text: tag === 'script' ? html.slice(at, stop) : decodeText(html.slice(at, stop)) });
      const close = end === null ? -1 : html.indexOf('>', stop);
      at = close === -1 ? html.length : close + 1;
      MARKUP.lastIndex = at;
      continue;
    }
    if (tag === 'svg' || tag === 'math') foreign++;
    stack.push(el);
  }
  addText(html.slice(at));
  return root;
}

/** The element's attribute, or '' when it has none. */
export function attr(el: Element, name: string): string {
  return el.attrs[name] ?? '';
}

/** Every element below `el`, in document order, for which `test` holds. */
export function findAll(el: Element, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of el.children) {
    if (child.kind !== 'element') continue;
    if (test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}

/** The first element below `el`, in document order, for which `test` holds, or null. */
export function findFirst(el: Element, test: (e: Element) => boolean): Element | null {
  for (const child of el.children) {
    if (child.kind !== 'element') continue;
    if (test(child)) return child;
    const found = findFirst(child, test);
    if (found) return found;
  }
  return null;
}

/** All the text below a node, as written (white space as in the page). */
export function textContent(node: Node): string {
  if (node.kind === 'text') return node.text;
  if (node.tag === 'script' || node.tag === 'style') return '';
  let out = '';
  for (const child of node.children) out += child.kind === 'text' ? child.text : textContent(child);
  return out;
}

/**
 * Removes elements from their parents, each parent's children filtered once: removing them one
 * by one would search and shift a parent's children for each, quadratic in a long page.
 */
export function removeAll(els: readonly Element[]): void {
  const doomed = new Set(els);
  const parents = new Set<Element>();
  for (const el of els) if (el.parent) parents.add(el.parent);
  for (const parent of parents) {
    let kept = 0;
    for (const child of parent.children) if (!(child.kind === 'element' && doomed.has(child))) parent.children[kept++] = child;
    parent.children.length = kept;
  }
  for (const el of els) el.parent = null;
}
