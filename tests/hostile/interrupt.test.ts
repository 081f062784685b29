import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cleanEnv, root } from '../helpers/run.js';
import { attributesLeftOn } from '../helpers/sgr.js';

describe('Ctrl-C while rendering', () => {
  it('leaves the terminal usable: no style left on, cursor never hidden, exit by SIGINT', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kara-int-'));
    const big = join(dir, 'big.md');
    writeFileSync(big, Array.from({ length: 4000 }, (_, i) => `## Part ${i}\n\n> A **quoted** and *styled* paragraph with [a link](https://e.com/${i}).\n`).join('\n'));
    // Interrupt a styled render of a large article in a real pseudo-terminal, at several moments.
    for (const delay of ['0.15', '0.4', '0.8']) {
      const command = `node '${bin}' read '${big}' --color & pid=$!; sleep ${delay}; kill -INT $pid; wait $pid; code=$?; echo; echo "EXIT=$code"`;
      const r = spawnSync('script', ['-qec', command, '/dev/null'], { env: cleanEnv({ TERM: 'xterm-256color' }), cwd: root, encoding: 'utf8', timeout: 20_000, maxBuffer: 256 * 1024 * 1024 });
      const screen = r.stdout;
      expect(screen).toMatch(/EXIT=(0|130)/);
      expect(attributesLeftOn(screen)).toEqual([]);
      expect(screen).not.toContain('\u001b[?25l');
      expect(screen).not.toMatch(/\n\s+at |internal error/);
    }
  });
});
