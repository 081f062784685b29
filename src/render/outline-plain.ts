import type { Section } from '../parse/sections.js';
import type { Sink } from '../write/sink.js';

/** Piped outline: `<number> <heading>` per line and nothing else, so `wc -l` counts sections. */
export function renderOutlinePlain(sections: readonly Section[], sink: Sink): void {
  for (const s of sections) sink.write(`${s.number} ${s.heading}\n`);
}
