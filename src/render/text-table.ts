import type { Tokens } from 'marked';
import { inlineText, type InlineTextOptions } from '../markdown/inline-text.js';
import { displayWidth } from './wrap.js';

/** A table as aligned columns under a rule of dashes: plain text's tables, and styled output's big ones. */
export function textTable(token: Tokens.Table, options: InlineTextOptions = { urls: true }): string {
  const rows = [token.header, ...token.rows].map((row) => row.map((cell) => inlineText(cell.tokens, options).replace(/\s+/g, ' ').trim()));
  const widths = token.header.map((_, col) => Math.max(3, ...rows.map((row) => displayWidth(row[col] ?? ''))));
  const pad = (text: string, col: number): string => {
    const room = widths[col]! - displayWidth(text);
    const align = token.align[col];
    if (align === 'right') return ' '.repeat(room) + text;
    if (align === 'center') return ' '.repeat(Math.floor(room / 2)) + text + ' '.repeat(room - Math.floor(room / 2));
    return text + ' '.repeat(room);
  };
  const line = (row: string[]): string => row.map(pad).join('  ').trimEnd();
  const [head, ...body] = rows;
  return [line(head!), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
