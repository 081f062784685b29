// How much of each element's text is running prose, link text and the rest: the measure the
// extractor weighs elements by, taken for a whole tree in one pass (a stack of its own, no recursion).
import type { Element } from './dom.js';

/** Block elements: text directly inside a div between them is a paragraph of its own. */
export const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'body', 'html', 'caption',
]);

/** The block an element's inline text runs in: the nearest block element at or above it (or the topmost). */
export function blockOf(el: Element): Element {
  let block = el;
  while (!BLOCKS.has(block.tag) && block.parent) block = block.parent;
  return block;
}

/** How much of an element's text is what: all of it, inside links, and in prose paragraphs. */
export interface Measure {
  text: number;
  links: number;
  prose: number;
  /** Prose paragraphs below it. */
  paragraphs: number;
  /** Its prose with what lies in or under page furniture (by tag, role or name) counted at half: how far it is to be trusted as the story's. */
  trusted: number;
  /**
   * Text below it not inside a block element (a <p>, a <div>) and not yet counted as prose: the
   * run of inline text (in <span>s, between <br>s) the nearest block around it decides about.
   */
  inline: number;
  inlineLinks: number;
  /** The last text node of that run (its end tells a sentence), and whether the run holds a comma. */
  tail: string;
  comma: boolean;
  /** For a block: whether the run of inline text it holds itself (not in blocks below it) reads as prose. */
  proseRun: boolean;
}

/** True for a Han, kana or Hangul character: a syllable or a word, where a Latin letter is a sound. */
const isWideScript = (c: number): boolean => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);

/**
 * Letters, digits and punctuation in a string: the length that counts, without white space. A
 * Han, kana or Hangul character counts two: it says about what a short word of letters says, so
 * a line of Chinese weighs what the same line in English would.
 */
function weight(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xa0) n += c >= 0x3040 && isWideScript(c) ? 2 : 1;
  }
  return n;
}

/**
 * A comma, in any script; or a space between Chinese or Japanese characters, which write no
 * spaces between words, so that one there is a pause (informal writing uses it for a comma).
 */
const COMMA = /[,，、]|[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff][ \u3000]+[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** Sentence-ending punctuation, in any script, with closing quotes. */
const SENTENCE_END = /[.!?…。！？:;"”»)]\s*$/;

/** True when a run of inline text reads as running prose: long enough, or a sentence with its punctuation. */
function isProse(m: Measure): boolean {
  if (m.inlineLinks > m.inline * 0.5) return false;
  if (m.inline >= 120) return true;
  return m.inline >= 40 && (SENTENCE_END.test(m.tail) || m.comma);
}

/** What prose in page furniture is worth against prose elsewhere. */
const FURNITURE_WEIGHT = 0.5;

/** An element being measured: its measure so far, whether it is in a link or in furniture, and its next child to visit. */
interface Frame {
  readonly el: Element;
  readonly m: Measure;
  readonly linked: boolean;
  readonly furniture: boolean;
  next: number;
}

/** A run of text, added to the measure of the element that holds it. */
function addText(m: Measure, text: string, linked: boolean): void {
  const w = weight(text);
  m.text += w;
  m.inline += w;
  if (linked) {
    m.links += w;
    m.inlineLinks += w;
  }
  if (w > 0) m.tail = text;
  if (!m.comma && w > 0 && COMMA.test(text)) m.comma = true;
}

/** A child's finished measure, added to its parent's: its inline run, if any, goes on in the parent's. */
function addChild(m: Measure, c: Measure): void {
  m.text += c.text;
  m.links += c.links;
  m.prose += c.prose;
  m.trusted += c.trusted;
  m.paragraphs += c.paragraphs;
  if (c.inline > 0) {
    m.inline += c.inline;
    m.inlineLinks += c.inlineLinks;
    m.tail = c.tail;
    m.comma ||= c.comma;
  }
}

/** Once its children are measured: a block decides about the inline text it holds (prose, or not); either way it goes no further up. */
function closeBlock({ el, m, furniture }: Frame): void {
  if (!BLOCKS.has(el.tag) && el.parent !== null) return;
  if (isProse(m)) {
    m.proseRun = true;
    const prose = m.inline - m.inlineLinks;
    m.prose += prose;
    m.trusted += furniture ? prose * FURNITURE_WEIGHT : prose;
    m.paragraphs += 1;
  }
  m.inline = 0;
  m.inlineLinks = 0;
}

/** The measures of every element of a tree. */
export type Measures = ReadonlyMap<Element, Measure>;

/**
 * Measures every element of a tree, in one pass; prose inside `isFurniture` elements is trusted
 * less. Taken once, before anything is removed: the steps that weed the story read it as it was.
 */
export function measureAll(root: Element, isFurniture: (el: Element) => boolean): Measures {
  const measures = new Map<Element, Measure>();
  const open = (el: Element, inLink: boolean, inFurniture: boolean): Frame => ({
    el,
    m: { text: 0, links: 0, prose: 0, paragraphs: 0, trusted: 0, inline: 0, inlineLinks: 0, tail: '', comma: false, proseRun: false },
    linked: inLink || el.tag === 'a',
    furniture: inFurniture || isFurniture(el),
    next: 0,
  });
  // Depth first with a stack of our own: a child is measured before its parent takes its measure.
  const stack: Frame[] = [open(root, false, false)];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { children } = frame.el;
    let child: Element | null = null;
    while (child === null && frame.next < children.length) {
      const node = children[frame.next++]!;
      if (node.kind === 'text') addText(frame.m, node.text, frame.linked);
      else child = node;
    }
    if (child !== null) {
      stack.push(open(child, frame.linked, frame.furniture));
      continue;
    }
    stack.pop();
    closeBlock(frame);
    measures.set(frame.el, frame.m);
    const parent = stack[stack.length - 1];
    if (parent) addChild(parent.m, frame.m);
  }
  return measures;
}
