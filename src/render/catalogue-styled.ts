import type { Article } from '../parse/article.js';
import type { Sink } from '../write/sink.js';
import type { Theme } from './theme.js';
import { widest } from './display-width.js';
import { wrapLine } from './wrap.js';

/** Terminal list: aligned columns, the default article marked; a title too long for the width wraps under itself. */
export function renderCatalogueStyled(articles: readonly Article[], theme: Theme, width: number, sink: Sink): void {
  const slugWidth = widest(articles, (a) => a.name.length);
  const lines: string[] = [];
  articles.forEach((a, i) => {
    const title = `${a.meta.title ?? ''}${i === 0 ? '  (default)' : ''}`;
    const left = `${a.name.padEnd(slugWidth)}  ${a.meta.date ?? '          '}  `;
    // Beside the slug and date when there is room for a title's words; else under them.
    const room = width - left.length;
    const head = `${theme.slug(a.name.padEnd(slugWidth))}  ${theme.muted(a.meta.date ?? '          ')}`;
    const style = (line: string): string => line.replace(/^(.*?)( {2}\(default\))?$/, (_, text: string, mark: string | undefined) => text + (mark ? theme.muted(mark) : ''));
    if (room >= 20) {
      wrapLine(title, room).forEach((line, k) => lines.push(k === 0 ? `${head}  ${style(line)}` : `${' '.repeat(left.length)}${style(line)}`));
    } else {
      lines.push(...wrapLine(a.name, width).map((l) => theme.slug(l)));
      if (a.meta.date) lines.push(`  ${theme.muted(a.meta.date)}`);
      for (const line of wrapLine(title, Math.max(width - 2, 8))) lines.push(`  ${style(line)}`);
    }
  });
  sink.write(lines.join('\n') + '\n');
}
