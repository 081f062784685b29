// Writing to a terminal (src/write/output.ts): Ctrl-C stops the output between writes, at a
// line end, so a long styled article never leaves the terminal bold.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/io.js';
import { deliver } from '../../src/write/output.js';
import { StringSink } from '../../src/write/sink.js';

/** A terminal Io whose Ctrl-C the test presses after `afterWrites` writes. */
function terminal(afterWrites: number) {
  const listeners = new Set<() => void>();
  const sink = new StringSink();
  let writes = 0;
  const stdout = Object.assign(new PassThrough(), { isTTY: true, rows: 0 });
  const io: Io = { stdin: Readable.from([]), stdout, stderr: new PassThrough(), env: {}, on: (_e, l) => listeners.add(l), off: (_e, l) => listeners.delete(l) };
  const counting = {
    write(text: string) {
      sink.write(text);
      if (++writes === afterWrites) for (const l of listeners) l();
    },
  };
  return { io, sink: counting, text: () => sink.toString(), listeners };
}

const article = Array.from({ length: 3000 }, (_, i) => `\u001b[1mLine ${i}\u001b[22m of a long styled article`).join('\n') + '\n';

describe('writing to a terminal', () => {
  it('stops at Ctrl-C between writes, at a line end, and says so', async () => {
    const t = terminal(1);
    expect(await deliver(article, 'never', t.io, t.sink)).toBe(true);
    expect(t.text().length).toBeGreaterThan(0);
    expect(t.text().length).toBeLessThan(article.length);
    expect(t.text().endsWith('\n')).toBe(true);
    expect(t.listeners.size).toBe(0);
  });

  it('writes everything when no Ctrl-C comes, and lets go of the signal', async () => {
    const t = terminal(Infinity);
    expect(await deliver(article, 'never', t.io, t.sink)).toBe(false);
    expect(t.text()).toBe(article);
    expect(t.listeners.size).toBe(0);
  });
});
