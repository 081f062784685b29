// What the reader's screen shows for a state: the text from the top line, search matches
// highlighted, a status line, and over it the contents pane, the speakers list or the keys.
// A pure function of its inputs: rows of styled text, each within the width.
import type { Quote } from '../quotes/types.js';
import type { Theme } from '../render/theme.js';
import type { Match, ReaderDocument } from './document.js';
import { cutToWidth, highlightRanges } from './styled-line.js';
import { displayWidth } from '../render/display-width.js';

/** What the reader is doing. */
export type Mode = 'read' | 'search' | 'toc' | 'who' | 'help';

/** A search that ran: its query, its matches, and the match the reader is on. */
export interface SearchResult {
  readonly query: string;
  readonly matches: readonly Match[];
  /** How many matches there are (a phrase across a line break is one). */
  readonly count: number;
  /** The number of the current match, 0-based. */
  readonly current: number;
}

/** The reader's state, all that the screen depends on besides the document. */
export interface ReaderState {
  readonly top: number;
  readonly mode: Mode;
  /** What is typed at the search prompt. */
  readonly typed: string;
  readonly search: SearchResult | null;
  readonly tocCursor: number;
  readonly whoCursor: number;
  /** A line for the status bar in place of the position, until the next key. */
  readonly message: string | null;
}

/** A row of the speakers list: a speaker, or one of their statements (the cursor stops on these). */
export type WhoRow = { readonly kind: 'speaker'; readonly text: string } | { readonly kind: 'statement'; readonly text: string; readonly quote: Quote };

/** The speakers list: each speaker once, with their role and count, then their statements. */
export function whoRows(quotes: readonly Quote[]): WhoRow[] {
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of quotes) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q]);
  const rows: WhoRow[] = [];
  for (const [speaker, said] of bySpeaker) {
    const role = said.find((q) => q.role)?.role;
    rows.push({ kind: 'speaker', text: `${speaker}${role ? `, ${role}` : ''} (${said.length})` });
    for (const q of said) rows.push({ kind: 'statement', text: `${q.cue ?? '…'}: ${q.kind === 'direct' ? `“${q.text}”` : q.text}`, quote: q });
  }
  return rows;
}

/** The keys, as `?` shows them. */
const KEYS: readonly (readonly [string, string])[] = [
  ['↓ ↑ j k', 'scroll a line'],
  ['PgDn PgUp space b', 'scroll a screen'],
  ['g G', 'top, end'],
  ['] [', 'next, previous section'],
  ['t', 'contents: ↓ ↑ Enter to jump, t or Esc to close'],
  ['/ text Enter', 'search; n N next, previous match'],
  ['w', 'who said what: Enter goes to the statement'],
  ['?', 'these keys'],
  ['q Ctrl-C', 'quit'],
];

/** SGR for reverse video: the cursor row, the status line, matches without colour. */
const REVERSE = '\u001b[7m';
const REVERSE_OFF = '\u001b[27m';

/** Text padded (or cut) to exactly `width` columns. */
function fit(text: string, width: number): string {
  const cut = cutToWidth(text, width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut.replace(/\u001b\[[0-9;]*m|\u001b\]8;;[^\u001b]*\u001b\\/g, ''))));
}

/** The status line: title, section and position, or the search prompt, or a message. */
function statusLine(doc: ReaderDocument, state: ReaderState, title: string, textRows: number, columns: number): string {
  if (state.mode === 'search') return `${REVERSE}${fit(`/${state.typed}`, columns)}${REVERSE_OFF}`;
  const section = doc.sectionAt(state.top);
  const last = Math.max(0, doc.lines.length - textRows);
  const position = doc.lines.length <= textRows ? 'all' : `${Math.round((Math.min(state.top, last) / Math.max(1, last)) * 100)}%`;
  const right = state.message ?? (state.search ? `${state.search.count === 0 ? 0 : state.search.current + 1}/${state.search.count} · ${position}` : `${position} · ? keys`);
  const left = [title, section ? `§${section.number} ${section.heading}` : ''].filter(Boolean).join(' · ');
  // ` left…  right `: the left part cut to leave the right part and two spaces.
  const room = Math.max(0, columns - displayWidth(right) - 4);
  const shown = displayWidth(left) > room ? cutToWidth(left, Math.max(0, room - 1)) + '…' : left;
  return `${REVERSE}${fit(` ${shown}`, Math.max(0, columns - displayWidth(right) - 1))}${cutToWidth(right, columns)} ${REVERSE_OFF}`;
}

/** The text rows: lines from the top, matches highlighted (the current one in the theme's match style). */
function textRows(doc: ReaderDocument, state: ReaderState, theme: Theme, rows: number, columns: number): string[] {
  const out: string[] = [];
  const byLine = new Map<number, Match[]>();
  if (state.search) {
    // Matches are in line order: from the first on screen (a binary search), while on screen.
    const all = state.search.matches;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.line < state.top) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < all.length && all[i]!.line < state.top + rows; i++) byLine.set(all[i]!.line, [...(byLine.get(all[i]!.line) ?? []), all[i]!]);
  }
  // The current match in the theme's match colour (reverse video without colour); the others reversed.
  const currentOn = theme.level === 0 ? '\u001b[7;1m' : theme.match('\u0000').split('\u0000')[0]!;
  const currentOff = theme.level === 0 ? '\u001b[27;22m' : theme.match('\u0000').split('\u0000')[1]!;
  for (let k = 0; k < rows; k++) {
    const line = doc.lines[state.top + k];
    if (line === undefined) {
      out.push(theme.muted('~'));
      continue;
    }
    const matches = byLine.get(state.top + k) ?? [];
    let shown = line;
    const others = matches.filter((m) => m.n !== state.search?.current).map((m) => [m.from, m.to] as const);
    const current = matches.filter((m) => m.n === state.search?.current).map((m) => [m.from, m.to] as const);
    if (others.length > 0) shown = highlightRanges(shown, others, REVERSE, REVERSE_OFF);
    if (current.length > 0) shown = highlightRanges(shown, current, currentOn, currentOff);
    out.push(cutToWidth(shown, columns));
  }
  return out;
}

/** The contents pane: the sections, indented by level, with their word counts; the cursor reversed. */
function tocPane(doc: ReaderDocument, state: ReaderState, theme: Theme, rows: number, width: number): string[] {
  const entries = doc.sectionLines.map(({ section }) => ({ label: `${'  '.repeat(Math.max(0, section.level - 1))}${section.number} ${section.heading}`, words: `${section.words}` }));
  const out = [theme.heading(fit(' Contents', width - 1))];
  const room = rows - 1;
  const first = Math.max(0, Math.min(state.tocCursor - Math.floor(room / 2), entries.length - room));
  for (let k = 0; k < room; k++) {
    const entry = entries[first + k];
    if (!entry) {
      out.push(' '.repeat(width - 1));
      continue;
    }
    const words = theme.muted(entry.words);
    const labelRoom = width - 2 - displayWidth(entry.words) - 1;
    const label = fit(` ${displayWidth(entry.label) > labelRoom - 1 ? cutToWidth(entry.label, Math.max(0, labelRoom - 2)) + '…' : entry.label}`, labelRoom);
    const row = `${label} ${words}`;
    out.push(first + k === state.tocCursor ? `${REVERSE}${fit(`${label} ${entry.words}`, width - 1)}${REVERSE_OFF}` : fit(row, width - 1));
  }
  return out.map((row) => `${theme.muted('│')}${row}`);
}

/** The speakers list, full screen; the cursor on a statement. */
function whoScreen(rows: readonly WhoRow[], state: ReaderState, theme: Theme, height: number, columns: number): string[] {
  const out = [theme.heading(fit(' Who said what · Enter: go to it · Esc: back', columns))];
  const room = height - 1;
  if (rows.length === 0) return [...out, fit(' No quotations found in this article.', columns), ...Array.from({ length: Math.max(0, room - 1) }, () => '')];
  const first = Math.max(0, Math.min(state.whoCursor - Math.floor(room / 2), rows.length - room));
  for (let k = 0; k < room; k++) {
    const row = rows[first + k];
    if (!row) out.push('');
    else if (row.kind === 'speaker') out.push(theme.speaker(fit(` ${row.text}`, columns)));
    else if (first + k === state.whoCursor) out.push(`${REVERSE}${fit(`   ${row.text}`, columns)}${REVERSE_OFF}`);
    else out.push(fit(`   ${row.text}`, columns));
  }
  return out;
}

/** The keys, full screen. */
function helpScreen(theme: Theme, height: number, columns: number): string[] {
  const keyWidth = Math.max(...KEYS.map(([k]) => displayWidth(k)));
  const out = [theme.heading(fit(' Keys · any key to go back', columns)), ''];
  for (const [keys, does] of KEYS) out.push(fit(` ${theme.strong(keys.padEnd(keyWidth))}  ${does}`, columns));
  while (out.length < height) out.push('');
  return out.slice(0, height);
}

/** The whole screen for a state: `rows` rows, each at most `columns` wide. */
export function compose(doc: ReaderDocument, state: ReaderState, theme: Theme, who: readonly WhoRow[], title: string, size: { columns: number; rows: number }): string[] {
  const { columns, rows } = size;
  const height = Math.max(1, rows - 1);
  let body: string[];
  if (state.mode === 'who') body = whoScreen(who, state, theme, height, columns);
  else if (state.mode === 'help') body = helpScreen(theme, height, columns);
  else {
    body = textRows(doc, state, theme, height, columns);
    if (state.mode === 'toc') {
      const paneWidth = Math.min(columns, Math.max(24, Math.floor(columns * 0.45)));
      const pane = tocPane(doc, state, theme, height, paneWidth);
      body = body.map((row, k) => `${fit(row, columns - paneWidth)}\u001b[0m${pane[k] ?? ''}`);
    }
  }
  return [...body, statusLine(doc, state, title, height, columns)];
}
