import type { Found } from '../select/find.js';
import type { Sink } from '../write/sink.js';

/** Piped --find: `<section>:<paragraph>: <sentence>` per match, like grep -n (section 0 is before the first heading). */
export function renderFoundPlain(found: readonly Found[], sink: Sink): void {
  for (const f of found) sink.write(`${f.section ?? 0}:${f.paragraph}: ${f.sentence}\n`);
}
