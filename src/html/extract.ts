// Where on a page the article is: the element whose text is most running prose and least else,
// then, inside it, what still is not the story (link lists, captions, short furniture lines).
import { attr, findAll, findFirst, removeAll, textContent, type Element } from './dom.js';
import { wordRuns } from '../text/chars.js';
import { BLOCKS, type Measures } from './measure.js';

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

/** True for an inline element (a <span> round a linked name) inside a run of text its block reads as prose: part of a sentence. */
function inProseRun(el: Element, measures: Measures): boolean {
  if (BLOCKS.has(el.tag)) return false;
  let block = el.parent;
  while (block && !BLOCKS.has(block.tag) && block.parent) block = block.parent;
  return block !== null && (measures.get(block)?.proseRun ?? false);
}

/** True for a heading whose links all stay on the page (`#…`: back to the contents, a permalink): a section's heading, not another story's. */
function isSectionHeading(el: Element): boolean {
  if (!/^h[1-6]$/.test(el.tag)) return false;
  const links = findAll(el, (e) => e.tag === 'a');
  return links.length > 0 && links.every((a) => attr(a, 'href').trim().startsWith('#'));
}

/** Lists, tables and sections whose text is mostly links: menus, "related" and "more" boxes. */
export function removeLinkLists(article: Element, measures: Measures): void {
  const doomed: Element[] = [];
  for (const el of findAll(article, (e) => ['ul', 'ol', 'div', 'section', 'table', 'dl', 'p', 'li', 'span', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(e.tag))) {
    const m = measures.get(el);
    if (!m || m.text === 0 || inProseRun(el, measures) || isSectionHeading(el)) continue;
    const density = m.links / m.text;
    const proseShare = m.prose / m.text;
    if (density > 0.6 && proseShare < 0.5) doomed.push(el);
  }
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

/**
 * Removes labels: blocks of three words or fewer with no punctuation at all, outside lists,
 * tables and quotes (`Advertisement`, `Caption`, `Image 1 of 5`, `Text size`). A heading is kept.
 */
export function removeLabels(article: Element, measures: Measures): void {
  const doomed: Element[] = [];
  for (const el of findAll(article, (e) => LABEL_BLOCKS.has(e.tag))) {
    // Three words take some forty letters at most: longer text is no label, and need not be read.
    if (!el.parent || (measures.get(el)?.text ?? 0) > 60) continue;
    let p: Element | null = el.parent;
    let sheltered = false;
    while (p && p !== article) {
      if (['li', 'td', 'th', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'dd', 'dt', 'table', 'p'].includes(p.tag)) sheltered = true;
      p = p.parent;
    }
    if (sheltered) continue;
    const text = textOfElement(el);
    if (text === '' || (wordCount(text) <= 3 && !PUNCTUATION.test(text) && !findFirst(el, (e) => /^h[1-6]$/.test(e.tag) || e.tag === 'img'))) doomed.push(el);
  }
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
  const doomed: Element[] = [];
  for (const card of findAll(article, (e) => e.tag === 'li' || e.tag === 'article')) {
    // The story itself may be an <article> headed by a link to itself.
    if (!card.parent || (measures.get(card)?.prose ?? 0) > 0.5 * prose) continue;
    const heading = findFirst(card, (e) => /^h[1-6]$/.test(e.tag));
    if (heading && isLinkedHeadline(heading)) doomed.push(card);
  }
  removeAll(doomed);
}
