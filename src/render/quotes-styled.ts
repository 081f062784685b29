import type { Quote } from '../quotes/types.js';
import type { Sink } from '../write/sink.js';
import { highlightLine, type Range } from './highlight.js';
import type { Theme } from './theme.js';
import { displayWidth, lineText, wrapLine, wrapWords } from './wrap.js';

/** Opening quotation marks, before which a fragment of reported speech stands in the text. */
const OPENING_MARKS = '“"‘\'«„‹‚';

/**
 * Where a statement's quoted fragments stand in its text, in order: each fragment's next
 * occurrence just inside an opening mark, or failing that its next occurrence at all.
 */
function fragmentRanges(text: string, fragments: readonly string[]): Range[] {
  const ranges: Range[] = [];
  let from = 0;
  for (const fragment of fragments) {
    const first = fragment === '' ? -1 : text.indexOf(fragment, from);
    if (first === -1) continue;
    let at = first;
    while (at !== -1 && at > 0 && !OPENING_MARKS.includes(text[at - 1]!)) at = text.indexOf(fragment, at + 1);
    if (at === -1) at = first;
    ranges.push([at, at + fragment.length]);
    from = at + fragment.length;
  }
  return ranges;
}

/** A statement's text with its quoted words highlighted: direct quotes whole and in marks, fragments in place. */
function highlighted(q: Quote, theme: Theme, width: number): string[] {
  // A direct quote shows each quoted part in its own marks: “A,” … “B.”
  if (q.kind === 'direct') return wrapLine(q.fragments.map((part) => `“${part}”`).join(' … '), width).map((l) => theme.quoted(l));
  const ranges = fragmentRanges(q.text, q.fragments);
  return wrapWords(q.text, width).map((words) => (ranges.length === 0 ? lineText(q.text, words) : highlightLine(q.text, words, ranges, theme.quoted)));
}

/** Terminal quotes: grouped by speaker (name and role once), each statement with its cue and place; every line within the width. */
export function renderQuotesStyled(quotes: readonly Quote[], theme: Theme, width: number, sink: Sink): void {
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of quotes) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q]);
  const blocks: string[] = [];
  for (const [speaker, said] of bySpeaker) {
    const role = said.find((q) => q.role)?.role;
    const count = `${said.length} ${said.length === 1 ? 'statement' : 'statements'}`;
    // Name, role and count on one line when they fit; otherwise the name wraps, and the role and
    // the count go on lines of their own.
    const lines: string[] = [];
    if (displayWidth(`${speaker}${role ? `, ${role}` : ''}  ${count}`) <= width) {
      lines.push(`${theme.speaker(speaker)}${role ? theme.muted(`, ${role}`) : ''}  ${theme.muted(count)}`);
    } else if (displayWidth(`${speaker}  ${count}`) <= width) {
      lines.push(`${theme.speaker(speaker)}  ${theme.muted(count)}`);
      if (role) for (const line of wrapLine(role, Math.max(width - 2, MIN_WIDTH))) lines.push(`  ${theme.muted(line)}`);
    } else {
      for (const line of wrapLine(speaker, width)) lines.push(theme.speaker(line));
      if (role) for (const line of wrapLine(role, Math.max(width - 2, MIN_WIDTH))) lines.push(`  ${theme.muted(line)}`);
      for (const line of wrapLine(count, Math.max(width - 2, MIN_WIDTH))) lines.push(`  ${theme.muted(line)}`);
    }
    for (const q of said) {
      const where = q.section === null ? `¶${q.paragraph}` : `§${q.section} ¶${q.paragraph}`;
      for (const line of wrapLine(`${q.cue ?? '(continues)'} · ${q.kind} · ${where}`, Math.max(width - 2, MIN_WIDTH))) lines.push(`  ${theme.muted(line)}`);
      for (const line of highlighted(q, theme, Math.max(width - 4, MIN_WIDTH))) lines.push(`    ${line}`);
    }
    blocks.push(lines.join('\n'));
  }
  sink.write(blocks.join('\n\n') + '\n');
}

/** The narrowest the text beside an indent is wrapped to. */
const MIN_WIDTH = 8;
