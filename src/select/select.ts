import type { Token } from 'marked';
import { KaraError, ExitCode } from '../errors.js';
import type { Article } from '../parse/article.js';
import type { Paragraph } from '../parse/paragraphs.js';
import type { Section } from '../parse/sections.js';
import { blockText } from '../markdown/block-text.js';
import { countWords } from '../markdown/inline-text.js';

/** What the renderers are asked to show: the whole article, or some of its sections. */
export interface Selection {
  readonly article: Article;
  /** Block tokens to render, in document order. */
  readonly tokens: readonly Token[];
  /** The sections asked for, in document order; empty when the whole article is shown. */
  readonly sections: readonly Section[];
  readonly whole: boolean;
  /** Only the title, byline and first paragraph (--lede). */
  readonly lede: boolean;
}

/** What stands before the first heading (a wire story's text without a headline), as section 0. */
function leadIn(article: Article): Section {
  const end = article.sections[0]?.start ?? article.tokens.length;
  const words = countWords(blockText(article.tokens.slice(0, end)));
  if (words === 0) throw new KaraError(`no section 0: nothing stands before the first heading; ${sectionList(article.sections)}`, ExitCode.usage);
  return { number: 0, slug: '', heading: '(before the first heading)', level: 0, words, start: 0, ownEnd: end, end };
}

/** "1 Heading, 2 Other heading" for error messages. */
function sectionList(sections: readonly Section[]): string {
  return sections.length === 0 ? 'this article has no sections' : `sections: ${sections.map((s) => `${s.number} ${s.heading}`).join(', ')}`;
}

/** Finds the section a ref names: its number, its slug, or a case-insensitive unique prefix of its heading. */
export function resolveSection(ref: string, sections: readonly Section[], article?: Article): Section {
  const wanted = ref.trim();
  if (/^0+$/.test(wanted) && article) return leadIn(article);
  if (/^\d+$/.test(wanted)) {
    const found = sections.find((s) => s.number === Number(wanted));
    if (found) return found;
    throw new KaraError(`no section ${wanted}; ${sectionList(sections)}`, ExitCode.usage);
  }
  const bySlug = sections.find((s) => s.slug === wanted);
  if (bySlug) return bySlug;
  const lower = wanted.toLowerCase();
  const matches = lower === '' ? [] : sections.filter((s) => s.heading.toLowerCase().startsWith(lower) || s.slug.startsWith(lower));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new KaraError(`section '${wanted}' is ambiguous: it could be ${matches.map((s) => `${s.number} ${s.heading}`).join(', ')}; give its number`, ExitCode.usage);
  }
  throw new KaraError(`no section '${wanted}'; ${sectionList(sections)}`, ExitCode.usage);
}

/** Section numbers a selection covers, subsections included; null for the whole article. */
function coveredSections(selection: Selection): Set<number> | null {
  if (selection.whole) return null;
  const all = selection.article.sections;
  return new Set(selection.sections.flatMap((s) => (s.number === 0 ? [0] : all.filter((t) => t.start >= s.start && t.end <= s.end).map((t) => t.number))));
}

/** The sections a selection shows, subsections included, in document order: all of them for the whole article. */
export function selectedSections(selection: Selection): readonly Section[] {
  const numbers = coveredSections(selection);
  return numbers === null ? selection.article.sections : selection.article.sections.filter((s) => numbers.has(s.number));
}

/**
 * What of a list of things found in the article (paragraphs, quotes) stands in the part a
 * selection shows: everything for the whole article, else what lies in the chosen sections.
 */
export function inSelection<T extends { readonly section: number | null }>(selection: Selection, items: readonly T[]): T[] {
  const numbers = coveredSections(selection);
  // What stands before the first heading is section 0.
  return numbers === null ? [...items] : items.filter((item) => numbers.has(item.section ?? 0));
}

/** The paragraphs a selection shows: the first alone for the lede, else those in the chosen sections. */
export function selectedParagraphs(selection: Selection, paragraphs: readonly Paragraph[]): Paragraph[] {
  return selection.lede ? paragraphs.slice(0, 1) : inSelection(selection, paragraphs);
}

/** The whole article, unselected. */
export function selectAll(article: Article): Selection {
  return { article, tokens: article.tokens, sections: [], whole: true, lede: false };
}

/**
 * Selects sections by ref, in document order. A section that lies inside another selected one
 * is printed once, as part of its parent.
 */
export function selectSections(article: Article, refs: readonly string[]): Selection {
  const chosen = [...new Set(refs.map((ref) => resolveSection(ref, article.sections, article)))].sort((a, b) => a.start - b.start);
  const outermost = chosen.filter((s) => !chosen.some((p) => p !== s && p.start < s.start && s.end <= p.end));
  return {
    article,
    tokens: outermost.flatMap((s) => article.tokens.slice(s.start, s.end)),
    sections: chosen,
    whole: false,
    lede: false,
  };
}

/** The lede: the article's first paragraph, shown under its title and byline (--lede). */
export function selectLede(article: Article): Selection {
  const first = article.tokens.find((t) => t.type === 'paragraph');
  return { article, tokens: first ? [first] : [], sections: [], whole: true, lede: true };
}
