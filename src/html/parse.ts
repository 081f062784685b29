// Bytes a browser would show become the tree the extractor reads: parse5, the HTML standard's
// parsing algorithm as browsers and jsdom run it, building our own nodes through a tree adapter
// (so no second tree is made). Character references are decoded and line ends normalised by the
// standard's rules; control characters are made inert as text arrives; comments, doctypes and
// template contents are dropped. Nothing in a page runs, and nothing it names is fetched.
import { parse, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';
import { holdsControls, neutraliseControls } from '../markdown/controls.js';
import { hasAttr, type Element, type Node, type Text } from './dom.js';

/** An attribute as parse5 makes it, its value made inert in place. */
type Attribute = { name: string; value: string };

/**
 * The deepest an element may stand, as Chromium's parser caps it (kMaximumHTMLParserDOMTreeDepth):
 * what a page nests deeper is laid out flat under the element at this depth, in document order,
 * so a hostile page's depth never reaches the call stack of any later step.
 */
export const MAX_DEPTH = 512;

/** An element as the parser builds it: its namespace too, which the parser asks about. */
interface BuiltElement extends Element {
  readonly namespace: string;
  parent: BuiltElement | null;
  /** A <template>'s contents: parsed, as the standard asks, and never shown. */
  content?: BuiltElement;
  /** The document's mode (quirks or not), which decides whether a <table> ends an open <p>. */
  mode?: ReturnType<TreeAdapter['getDocumentMode']>;
}

/** Text as the parser builds it: appended to, and detached, while the tree is made. */
interface BuiltText extends Text {
  text: string;
  parent: BuiltElement | null;
}

/** A comment or a doctype: the parser makes them, the tree never holds them. */
interface Dropped {
  readonly kind: 'dropped';
  parent: null;
}

type BuiltNode = BuiltElement | BuiltText;
type AnyNode = BuiltNode | Dropped;

/** The node types parse5 builds with the adapter below. */
type Types = TreeAdapterTypeMap<AnyNode, BuiltElement, AnyNode, BuiltElement, BuiltElement, BuiltElement, Dropped, BuiltText, BuiltElement, Dropped>;

const DROPPED: Dropped = { kind: 'dropped', parent: null };

/** Makes an element; attributes as parse5 gives them (names in lower case in HTML, a repeated name dropped), values made inert. */
function element(tag: string, namespace: string, attrs: Attribute[]): BuiltElement {
  for (const a of attrs) if (holdsControls(a.value)) a.value = neutraliseControls(a.value);
  return { kind: 'element', tag, namespace, attrs, children: [], parent: null };
}

/** A child's index in its parent: parse5 mostly moves and inserts at the end, so the last is tried first. */
function indexIn(parent: BuiltElement, child: AnyNode): number {
  const { children } = parent;
  return children[children.length - 1] === child ? children.length - 1 : children.indexOf(child as Node);
}

/** The tree adapter: parse5's tree operations on our nodes. */
const adapter: TreeAdapter<Types> = {
  createDocument: () => element('#document', '', []),
  createDocumentFragment: () => element('#fragment', '', []),
  createElement: (tag, namespace, attrs) => element(tag, namespace, attrs),
  createCommentNode: () => DROPPED,
  createTextNode: (value) => ({ kind: 'text', text: value, parent: null }),
  appendChild(parent, node) {
    if (node.kind === 'dropped') return;
    parent.children.push(node);
    node.parent = parent;
  },
  insertBefore(parent, node, reference) {
    if (node.kind === 'dropped') return;
    const at = indexIn(parent, reference);
    parent.children.splice(at < 0 ? parent.children.length : at, 0, node);
    node.parent = parent;
  },
  setTemplateContent(template, content) {
    template.content = content;
  },
  getTemplateContent: (template) => (template.content ??= element('#fragment', '', [])),
  setDocumentType() {},
  setDocumentMode(doc, mode) {
    doc.mode = mode;
  },
  getDocumentMode: (doc) => doc.mode ?? ('no-quirks' as ReturnType<TreeAdapter['getDocumentMode']>),
  detachNode(node) {
    if (node.kind === 'dropped' || node.parent === null) return;
    const at = indexIn(node.parent, node);
    if (at >= 0) node.parent.children.splice(at, 1);
    node.parent = null;
  },
  insertText(parent, text) {
    const last = parent.children[parent.children.length - 1] as BuiltNode | undefined;
    if (last?.kind === 'text') last.text += text;
    else adapter.appendChild(parent, adapter.createTextNode(text));
  },
  insertTextBefore(parent, text, reference) {
    const at = indexIn(parent, reference);
    const before = parent.children[at - 1] as BuiltNode | undefined;
    if (before?.kind === 'text') before.text += text;
    else adapter.insertBefore(parent, adapter.createTextNode(text), reference);
  },
  adoptAttributes(recipient, attrs) {
    const own = recipient.attrs as Attribute[];
    for (const a of attrs) if (!hasAttr(recipient, a.name)) own.push({ name: a.name, value: neutraliseControls(a.value) });
  },
  getFirstChild: (node) => (node.children[0] as BuiltNode | undefined) ?? null,
  getChildNodes: (node) => node.children as BuiltNode[],
  getParentNode: (node) => node.parent,
  getAttrList: (el) => el.attrs as Attribute[],
  getTagName: (el) => el.tag,
  getNamespaceURI: (el) => el.namespace as ReturnType<TreeAdapter['getNamespaceURI']>,
  getTextNodeContent: (text) => text.text,
  getCommentNodeContent: () => '',
  getDocumentTypeNodeName: () => '',
  getDocumentTypeNodePublicId: () => '',
  getDocumentTypeNodeSystemId: () => '',
  isTextNode: (node): node is BuiltText => node.kind === 'text',
  isCommentNode: (node): node is Dropped => node.kind === 'dropped',
  // setDocumentType makes no node: a doctype never stands in the tree.
  isDocumentTypeNode: (_node): _node is Dropped => false,
  isElementNode: (node): node is BuiltElement => node.kind === 'element',
  setNodeSourceCodeLocation() {},
  getNodeSourceCodeLocation: () => undefined,
  updateNodeSourceCodeLocation() {},
};

/**
 * Finishes a parsed tree in one walk: control characters in its text made inert (once a run of
 * text is whole: parse5 hands it over in many pieces), and what stands deeper than MAX_DEPTH
 * laid out flat: below an element at that depth, its descendants follow one another in document
 * order, each element emptied of its children, as Chromium attaches an element past its limit
 * beside its parent rather than inside it.
 */
function settle(root: Element): void {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth >= MAX_DEPTH && el.children.some((c) => c.kind === 'element' && c.children.length > 0)) flatten(el);
    for (const child of el.children) {
      if (child.kind === 'element') stack.push([child, depth + 1]);
      else if (holdsControls(child.text)) (child as BuiltText).text = neutraliseControls(child.text);
    }
  }
}

/** Makes every descendant of an element its child, in document order, each element emptied of its own. */
function flatten(el: Element): void {
  const flat: Node[] = [];
  const pending: Node[] = [...el.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    flat.push(node);
    if (node.kind !== 'element') continue;
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
    node.children.length = 0;
    node.parent = el;
  }
  // Pushed one by one: spreading a hundred thousand nodes into one call would overflow the stack.
  el.children.length = 0;
  for (const node of flat) {
    el.children.push(node);
    if (node.kind === 'text') (node as BuiltText).parent = el as BuiltElement;
  }
}

/** Parses a page into a tree under a root element `#document`, as a browser would; never throws, whatever the markup. */
export function parseHtml(html: string): Element {
  const doc = parse<Types>(html, { treeAdapter: adapter });
  settle(doc);
  return doc;
}
