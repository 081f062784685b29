import type { Quote } from '../quotes/types.js';
import type { Sink } from '../write/sink.js';
import type { Theme } from './theme.js';
import { displayWidth, wrapLine } from './wrap.js';

/** A statement's text with its quoted words highlighted: direct quotes whole and in marks, fragments in place. */
function highlighted(q: Quote, theme: Theme, width: number): string[] {
  // A direct quote shows each quoted part in its own marks: “A,” … “B.”
  const text = q.kind === 'direct' ? q.fragments.map((part) => `“${part}”`).join(' … ') : q.text;
  const lines = wrapLine(text, width);
  if (q.kind === 'direct') return lines.map((l) => theme.quoted(l));
  // Highlight fragments line by line; a fragment broken across lines is highlighted where it starts.
  return lines.map((line) => q.fragments.reduce((out, f) => (f && out.includes(f) ? out.split(f).join(theme.quoted(f)) : out), line));
}

/** Terminal quotes: grouped by speaker (name and role once), each statement with its cue and place. */
export function renderQuotesStyled(quotes: readonly Quote[], theme: Theme, width: number, sink: Sink): void {
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of quotes) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q]);
  const blocks: string[] = [];
  for (const [speaker, said] of bySpeaker) {
    const role = said.find((q) => q.role)?.role;
    const count = `${said.length} ${said.length === 1 ? 'statement' : 'statements'}`;
    // Name, role and count on one line when they fit; otherwise the role goes on its own lines.
    const fits = !role || displayWidth(`${speaker}, ${role}  ${count}`) <= width;
    const lines = [`${theme.speaker(speaker)}${role && fits ? theme.muted(`, ${role}`) : ''}  ${theme.muted(count)}`];
    if (role && !fits) for (const line of wrapLine(role, Math.max(width - 2, 20))) lines.push(`  ${theme.muted(line)}`);
    for (const q of said) {
      const where = q.section === null ? `¶${q.paragraph}` : `§${q.section} ¶${q.paragraph}`;
      lines.push(`  ${theme.muted(`${q.cue ?? '(continues)'} · ${q.kind} · ${where}`)}`);
      for (const line of highlighted(q, theme, Math.max(width - 4, 20))) lines.push(`    ${line}`);
    }
    blocks.push(lines.join('\n'));
  }
  sink.write(blocks.join('\n\n') + '\n');
}
