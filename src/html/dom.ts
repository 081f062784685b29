// A web page as a tree: what the extractor needs of the DOM (elements, their attributes, and
// text), and the walks over it. Every walk iterates with a stack of its own, so a page's depth
// never costs call stack; html/parse.ts builds the tree and caps its depth as browsers do.

/** An attribute as the page gives it: its name in lower case (in HTML), and its value with references decoded. */
export interface Attribute {
  readonly name: string;
  readonly value: string;
}

/** An element: its tag name in lower case, its attributes (each name once, the first kept), and what it holds. */
export interface Element {
  readonly kind: 'element';
  readonly tag: string;
  readonly attrs: readonly Attribute[];
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

/** The element's attribute, or '' when it has none. */
export function attr(el: Element, name: string): string {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return '';
}

/** True when the element has the attribute, with any value (`hidden`, `pubdate`). */
export function hasAttr(el: Element, name: string): boolean {
  return el.attrs.some((a) => a.name === name);
}

/**
 * Visits every element below `el` in document order; `visit` returns true to stop the walk.
 * The children of an element are pushed in reverse, so the stack pops them first to last.
 */
function walk(el: Element, visit: (e: Element) => boolean | void): void {
  const stack: Node[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== 'element') continue;
    if (visit(node) === true) return;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/**
 * Visits the elements below `el` in document order, each with the context its parent's visit
 * returned (`context` for el's children); a visit that returns null skips the element's subtree.
 * What a walk would ask of every ancestor it is told once, so a deep page costs no more than a wide one.
 */
export function walkDown<C>(el: Element, context: C, visit: (e: Element, context: C) => C | null): void {
  const stack: [Node, C][] = [];
  for (let i = el.children.length - 1; i >= 0; i--) stack.push([el.children[i]!, context]);
  while (stack.length > 0) {
    const [node, outer] = stack.pop()!;
    if (node.kind !== 'element') continue;
    const inner = visit(node, outer);
    if (inner === null) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, inner]);
  }
}

/** Every element below `el`, in document order, for which `test` holds. */
export function findAll(el: Element, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  walk(el, (e) => void (test(e) && out.push(e)));
  return out;
}

/** The first element below `el`, in document order, for which `test` holds, or null. */
export function findFirst(el: Element, test: (e: Element) => boolean): Element | null {
  let found: Element | null = null;
  walk(el, (e) => {
    if (!test(e)) return false;
    found = e;
    return true;
  });
  return found;
}

/** All the text below a node, as written (white space as in the page), scripts and styles left out. */
export function textContent(node: Node): string {
  if (node.kind === 'text') return node.text;
  if (node.tag === 'script' || node.tag === 'style') return '';
  let out = '';
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.kind === 'text') out += n.text;
    else if (n === node || (n.tag !== 'script' && n.tag !== 'style')) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
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
