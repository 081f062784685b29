// Tables for the terminal, fitted to the width: boxed at their natural width when that fits;
// else with columns narrowed and their cells wrapped, no column narrower than its longest word;
// else as the aligned rows plain text uses; else, when not even those fit, a row at a time as
// `Header: value` lines. Alignment as the table gives it (`---:`, `:---:`). A table of thousands
// of cells is data, shown as aligned rows at once.
import type { Tokens } from 'marked';
import type { Theme } from './theme.js';
import { maxOf, padStyled, styledWidth, widestPiece, wrapStyled } from './styled-wrap.js';

/** Tables with more cells than this are data, shown as aligned rows without fitting. */
const MAX_FITTED_CELLS = 5000;

/** A column's alignment, as marked gives it. */
type Align = 'left' | 'right' | 'center' | null;

/** The widest line of styled text (a cell may hold a hard break). */
const widestLine = (text: string): number => maxOf(text.split('\n').map(styledWidth), 0);

/**
 * Column widths that fit `room` columns of cell text: each column's longest word first, then the
 * rest shared out a column at a time to those furthest below their natural width; null when not
 * even the longest words fit.
 */
function fitColumns(natural: readonly number[], minimum: readonly number[], room: number): number[] | null {
  const widths = minimum.slice();
  let spare = room - widths.reduce((a, b) => a + b, 0);
  if (spare < 0) return null;
  while (spare > 0) {
    let pick = -1;
    let deficit = 0;
    for (let c = 0; c < widths.length; c++) {
      const short = natural[c]! - widths[c]!;
      if (short > deficit) {
        deficit = short;
        pick = c;
      }
    }
    if (pick === -1) break;
    widths[pick]!++;
    spare--;
  }
  return widths;
}

/** A row of cells drawn in columns of the given widths: each cell wrapped, the row as tall as its tallest cell. */
function boxedRow(cells: readonly string[], widths: readonly number[], align: readonly Align[], bar: string): string[] {
  const wrapped = cells.map((cell, c) => wrapStyled(cell, widths[c]!));
  const height = maxOf(wrapped.map((lines) => lines.length), 1);
  const out: string[] = [];
  for (let k = 0; k < height; k++) out.push(`${bar} ${wrapped.map((lines, c) => padStyled(lines[k] ?? '', widths[c]!, align[c] ?? 'left')).join(` ${bar} `)} ${bar}`);
  return out;
}

/** The table boxed in columns of these widths. */
function boxed(head: readonly string[], rows: readonly string[][], widths: readonly number[], align: readonly Align[], theme: Theme): string[] {
  const rule = (left: string, mid: string, right: string): string => theme.table(left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right);
  const bar = theme.table('│');
  const out = [rule('┌', '┬', '┐'), ...boxedRow(head.map((h) => theme.strong(h)), widths, align, bar), rule('├', '┼', '┤')];
  for (const row of rows) for (const line of boxedRow(row, widths, align, bar)) out.push(line);
  out.push(rule('└', '┴', '┘'));
  return out;
}

/** The table as the aligned rows of plain text: columns two spaces apart, a rule of dashes under the header. */
function alignedRows(head: readonly string[], rows: readonly string[][], widths: readonly number[], align: readonly Align[], theme: Theme): string[] {
  const line = (cells: readonly string[]): string => cells.map((cell, c) => padStyled(cell, widths[c]!, align[c] ?? 'left')).join('  ').trimEnd();
  const out = [line(head.map((h) => theme.strong(h))), theme.table(widths.map((w) => '-'.repeat(w)).join('  '))];
  for (const row of rows) out.push(line(row));
  return out;
}

/** The table a row at a time: each cell as `Header: value`, wrapped under a hanging indent; rows apart. */
function records(head: readonly string[], rows: readonly string[][], width: number, theme: Theme): string[] {
  const out: string[] = [];
  rows.forEach((row, r) => {
    if (r > 0) out.push('');
    row.forEach((cell, c) => {
      const label = head[c] ? `${theme.strong(head[c]!)}: ` : '';
      const lines = wrapStyled(label + cell, width - 2);
      lines.forEach((line, k) => out.push(k === 0 ? line : `  ${line}`));
    });
  });
  return out;
}

/**
 * Lays a table out in `width` columns, its cells already styled inline text. Every line fits the
 * width but for a word longer than it, which the records layout gives a line of its own.
 */
export function layoutTable(token: Tokens.Table, inline: (cell: Tokens.TableCell) => string, width: number, theme: Theme): string[] {
  const head = token.header.map(inline);
  const rows = token.rows.map((row) => token.header.map((_, c) => (row[c] ? inline(row[c]!) : '')));
  const align = token.align as Align[];
  const columns = head.length;
  const all = [head, ...rows];
  const natural = head.map((_, c) => maxOf(all.map((row) => widestLine(row[c] ?? '')), 1));
  // A table of data (thousands of cells) as aligned rows, whatever the width: fitting it would take seconds.
  if (columns * all.length > MAX_FITTED_CELLS) return alignedRows(head, rows, head.map((_, c) => Math.max(3, natural[c]!)), align, theme);
  const minimum = head.map((_, c) => maxOf(all.map((row) => widestPiece(row[c] ?? '')), 1));
  const frame = 3 * columns + 1;
  const fitted = fitColumns(natural, minimum, width - frame);
  if (fitted) return boxed(head, rows, fitted, align, theme);
  const plainWidths = head.map((_, c) => Math.max(3, natural[c]!));
  if (plainWidths.reduce((a, b) => a + b, 0) + 2 * (columns - 1) <= width && all.every((row) => row.every((cell) => !cell.includes('\n')))) {
    return alignedRows(head, rows, plainWidths, align, theme);
  }
  return records(head, rows, width, theme);
}
