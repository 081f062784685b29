import type { FoundIn, SaidIn, SearchedStory } from '../select/search.js';
import type { Sink } from '../write/sink.js';
import { highlightLine } from './highlight.js';
import type { Theme } from './theme.js';
import { wrapLine, wrapWords } from './wrap.js';

/** The narrowest text beside an indent is wrapped to. */
const MIN_WIDTH = 8;

/** A story's heading in search results: its slug, then its date and title, dimmed. */
function storyHeading(story: SearchedStory, theme: Theme, width: number): string[] {
  const about = [story.date, story.title].filter(Boolean).join('  ');
  return [theme.slug(story.slug), ...(about ? wrapLine(about, Math.max(width - 2, MIN_WIDTH)).map((l) => `  ${theme.muted(l)}`) : [])];
}

/** Terminal `search`: matches grouped under their story, each sentence after its section:paragraph, the match highlighted. */
export function renderSearchStyled(found: readonly FoundIn[], theme: Theme, width: number, sink: Sink): void {
  const lines: string[] = [];
  let story: SearchedStory | null = null;
  for (const f of found) {
    if (f.story !== story) {
      if (lines.length > 0) lines.push('');
      lines.push(...storyHeading(f.story, theme, width));
      story = f.story;
    }
    const place = `${f.found.section ?? 0}:${f.found.paragraph}`;
    const indent = Math.max(place.length + 2, 6);
    wrapWords(f.found.sentence, Math.max(width - indent - 2, MIN_WIDTH)).forEach((words, i) => {
      lines.push(`  ${i === 0 ? theme.sectionNumber(place.padEnd(indent)) : ' '.repeat(indent)}${highlightLine(f.found.sentence, words, f.found.ranges, theme.match)}`);
    });
  }
  sink.write(lines.join('\n') + '\n');
}

/** Terminal `search --speaker`: statements grouped under their story, each with its speaker and cue. */
export function renderSaidStyled(said: readonly SaidIn[], theme: Theme, width: number, sink: Sink): void {
  const lines: string[] = [];
  let story: SearchedStory | null = null;
  for (const { story: s, quote: q } of said) {
    if (s !== story) {
      if (lines.length > 0) lines.push('');
      lines.push(...storyHeading(s, theme, width));
      story = s;
    }
    lines.push(`  ${theme.speaker(q.speaker)}${q.cue ? theme.muted(` (${q.cue})`) : ''}`);
    const text = q.kind === 'direct' ? `“${q.text}”` : q.text;
    for (const line of wrapLine(text, Math.max(width - 4, MIN_WIDTH))) lines.push(`    ${q.kind === 'direct' ? theme.quoted(line) : line}`);
  }
  sink.write(lines.join('\n') + '\n');
}
