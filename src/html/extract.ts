// Where on a page the article is: the element whose text is most running prose and least else,
// then, inside it, what still is not the story (link lists, captions, short furniture lines).
import { attr, findAll, findFirst, removeAll, textContent, walkDown, type Element, type Node } from './dom.js';
import { wordRuns } from '../text/chars.js';
import { BLOCKS, blockOf, type Measures } from './measure.js';

/** Class names and ids that say an element holds the article's text. */
const CONTENT_HINT = /article[-_]?(?:body|content|text)|story[-_]?(?:body|content|text)|entry[-_]?content|post[-_]?(?:body|content|entry)|body[-_]?(?:text|copy)|articlebody|main[-_]?content|content[-_]?body|rich[-_]?text|^content$|^article$|^story$|^post$/i;

/** How strongly an element's own markup says it holds the article: schema.org articleBody, article tags, class names. */
function hint(el: Element): number {
  if (/articleBody|text/.test(attr(el, 'itemprop'))) return 1.3;
  const names = `${attr(el, 'class')} ${attr(el, 'id')}`.split(/\s+/);
  if (names.some((n) => CONTENT_HINT.test(n))) return 1.2;
  if (el.tag === 'article' || el.tag === 'main') return 1.1;
  return 1;
}

/** How close to the best score a wider element may come and still be taken for the story: the headings and tables between its paragraphs. */
const WIDEN = 0.95;

/** How much prose beside the element taken makes its parent the story's. */
const OUTSIDE = 0.25;

/**
 * The element that holds the article: of all the elements below `body`, the one whose prose
 * most outweighs its other text (links, short lines, furniture left over), nudged by what its
 * markup says it is. Null when the page has no prose at all.
 */
export function findArticle(body: Element, measures: Measures): Element | null {
  const total = measures.get(body)!;
  // A page with no prose to weigh (a short notice) still has its story where the page marks it.
  if (total.prose === 0) return findFirst(body, (e) => (e.tag === 'article' || e.tag === 'main' || attr(e, 'itemprop') === 'articleBody') && (measures.get(e)?.text ?? 0) > 0);
  // Trusted prose, less the text of its links (menus, related lists left in); other text (tables,
  // captions, labels) costs nothing here, and is weeded out inside the story afterwards.
  const score = (el: Element): number => {
    const m = measures.get(el)!;
    return (m.trusted - m.links) * hint(el);
  };
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, m] of measures) {
    if (m.prose === 0) continue;
    const s = score(el);
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  // The widest element that scores as well: it keeps the headings, lists and tables between the paragraphs.
  while (best && best !== body && best.parent && measures.has(best.parent) && score(best.parent) >= WIDEN * bestScore) best = best.parent;
  // A story in several containers side by side (a list page's tables, a lead before them): the
  // parent, when it holds much prose besides the element taken.
  while (best && best !== body && best.parent && measures.has(best.parent) && measures.get(best.parent)!.trusted - measures.get(best)!.trusted >= OUTSIDE * measures.get(best)!.trusted) best = best.parent;
  return best;
}

/** True for a heading whose links all stay on the page (`#…`: back to the contents, a permalink): a section's heading, not another story's. */
function isSectionHeading(el: Element): boolean {
  if (!/^h[1-6]$/.test(el.tag)) return false;
  const links = findAll(el, (e) => e.tag === 'a');
  return links.length > 0 && links.every((a) => attr(a, 'href').trim().startsWith('#'));
}

/** Elements that can be a list of links. */
const LINK_LIST_TAGS = new Set(['ul', 'ol', 'div', 'section', 'table', 'dl', 'p', 'li', 'span', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Lists, tables and sections whose text is mostly links: menus, "related" and "more" boxes. An
 * inline element (a <span> round a linked name) inside a run of text its block reads as prose is
 * part of a sentence, and stays.
 */
export function removeLinkLists(article: Element, measures: Measures): void {
  const doomed: Element[] = [];
  walkDown(article, blockOf(article), (el, block) => {
    const own = BLOCKS.has(el.tag) ? el : block;
    const m = measures.get(el);
    if (!LINK_LIST_TAGS.has(el.tag) || !m || m.text === 0 || isSectionHeading(el)) return own;
    if (!BLOCKS.has(el.tag) && (measures.get(block)?.proseRun ?? false)) return own;
    if (m.links / m.text > 0.6 && m.prose / m.text < 0.5) {
      doomed.push(el);
      return null;
    }
    return own;
  });
  removeAll(doomed);
}

/** Words of a text: runs of letters or digits. */
const wordCount = (text: string): number => wordRuns(text).length;

/** Text below an element, white space collapsed. */
const textOfElement = (el: Element): string => textContent(el).replace(/\s+/g, ' ').trim();

/** Sentence punctuation a line of the story ends or pauses with, in any script. */
const PUNCTUATION = /[.!?:;…。！？，、,"”»’)]/;

/** Block elements whose short text can be furniture (`Advertisement`, `Image 1 of 5`, `Comments`). */
const LABEL_BLOCKS = new Set(['p', 'div', 'span', 'section', 'small', 'strong', 'em', 'b', 'font']);

/** Elements whose short lines are content: list items, cells, quotes, headings, links, paragraphs. */
const SHELTERS = new Set(['li', 'td', 'th', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'dd', 'dt', 'table', 'p']);

/** The most nodes a label holds: a word or three, in an element or two. More is markup of another kind. */
const LABEL_NODES = 64;

/** True when an element reads as a label: no text at all, or three words or fewer with no punctuation, no heading or image in it. */
function isLabel(el: Element): boolean {
  let text = '';
  let nodes = 0;
  let pictured = false;
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (++nodes > LABEL_NODES) return false;
    if (node.kind === 'text') text += node.text;
    else if (node.tag !== 'script' && node.tag !== 'style') {
      if (/^h[1-6]$/.test(node.tag) || node.tag === 'img') pictured = true;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  const words = text.replace(/\s+/g, ' ').trim();
  return words === '' || (wordCount(words) <= 3 && !PUNCTUATION.test(words) && !pictured);
}

/**
 * Removes labels: blocks of three words or fewer with no punctuation at all, outside lists,
 * tables and quotes (`Advertisement`, `Caption`, `Image 1 of 5`, `Text size`). A heading is kept.
 */
export function removeLabels(article: Element, measures: Measures): void {
  const doomed: Element[] = [];
  walkDown(article, false, (el, sheltered) => {
    if (sheltered) return null;
    // Three words take some forty letters at most: longer text is no label, and need not be read.
    if (LABEL_BLOCKS.has(el.tag) && (measures.get(el)?.text ?? 0) <= 60 && isLabel(el)) {
      doomed.push(el);
      return null;
    }
    return SHELTERS.has(el.tag);
  });
  removeAll(doomed);
}

/** True when a heading's text is all a link: the headline of another story. */
function isLinkedHeadline(heading: Element): boolean {
  const all = textOfElement(heading);
  if (all === '') return false;
  const linked = findAll(heading, (e) => e.tag === 'a').map(textOfElement).join('');
  return linked.replace(/\s+/g, '').length >= 0.9 * all.replace(/\s+/g, '').length;
}

/**
 * Story cards: list items, and articles nested in the story, headed by a linked headline
 * (`<li><h5><a href=…>Other story</a></h5>…teaser…</li>`): "more stories" boxes, not the story.
 */
export function removeStoryCards(article: Element, measures: Measures): void {
  const prose = measures.get(article)!.prose;
  const headings = firstHeadings(article);
  const doomed: Element[] = [];
  for (const card of findAll(article, (e) => e.tag === 'li' || e.tag === 'article')) {
    // The story itself may be an <article> headed by a link to itself.
    if ((measures.get(card)?.prose ?? 0) > 0.5 * prose) continue;
    const heading = headings.get(card);
    if (heading && isLinkedHeadline(heading)) doomed.push(card);
  }
  removeAll(doomed);
}

/** The first heading below each element that holds one, for all of them in one pass (children before their parents). */
function firstHeadings(root: Element): Map<Element, Element> {
  const first = new Map<Element, Element>();
  const elements = findAll(root, () => true);
  // In reverse document order every element comes after everything below it.
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    for (const child of el.children) {
      if (child.kind !== 'element') continue;
      const found = /^h[1-6]$/.test(child.tag) ? child : first.get(child);
      if (found) {
        first.set(el, found);
        break;
      }
    }
  }
  return first;
}
