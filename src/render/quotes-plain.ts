import type { Quote } from '../quotes/types.js';
import type { Sink } from '../write/sink.js';

/** Piped quotes: `speaker<TAB>cue<TAB>kind<TAB>text` per statement (an empty cue when there is none). */
export function renderQuotesPlain(quotes: readonly Quote[], sink: Sink): void {
  const field = (text: string | null): string => (text ?? '').replace(/[\t\n\r]+/g, ' ');
  for (const q of quotes) sink.write(`${field(q.speaker)}\t${field(q.cue)}\t${q.kind}\t${field(q.text)}\n`);
}
