import type { FoundIn, SaidIn } from '../select/search.js';
import type { Sink } from '../write/sink.js';
import { field } from './news-plain.js';

/** Piped `search`: `slug:section:paragraph: sentence` per match, like grep -n across files. */
export function renderSearchPlain(found: readonly FoundIn[], sink: Sink): void {
  for (const f of found) sink.write(`${f.story.slug}:${f.found.section ?? 0}:${f.found.paragraph}: ${f.found.sentence}\n`);
}

/** Piped `search --speaker`: `slug:section:paragraph: speaker<TAB>cue<TAB>kind<TAB>text` per statement. */
export function renderSaidPlain(said: readonly SaidIn[], sink: Sink): void {
  for (const { story, quote: q } of said) sink.write(`${story.slug}:${q.section ?? 0}:${q.paragraph}: ${field(q.speaker)}\t${field(q.cue)}\t${q.kind}\t${field(q.text)}\n`);
}
