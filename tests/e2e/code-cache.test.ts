// The CLI starts from V8's code cache written at build time (src/boot/code-cache.ts). A cache
// that is missing or that this Node refuses must cost only speed: the output stays the same.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, root, runBin } from '../helpers/run.js';

/** A copy of the installed layout (bin/, dist/, articles/) to break the cache in. */
function copyOfPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kara-news-cache-'));
  for (const part of ['bin', 'dist', 'articles', 'package.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
  return dir;
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('start-up code cache', () => {
  it('is accepted by the Node that built it, so starts skip compiling the bundle', () => {
    const r = spawnSync(process.execPath, ['-p', "require('./dist/cli.cjs').codeCache"], { cwd: root, env: cleanEnv(), encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('accepted');
  });

  it('is written for every file of the CLI, so no command compiles a chunk from source', () => {
    const files = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.cjs') && f !== 'cli.cjs');
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => !existsSync(join(root, 'dist', `${f}.cache`)))).toEqual([]);
  });

  const expected = runBin(['read', '--section', '2']);
  for (const [what, breakIt] of [
    ['refused (as from another Node)', (cache: string) => writeFileSync(cache, Buffer.alloc(4096, 7))],
    ['missing', (cache: string) => rmSync(cache)],
  ] as const) {
    it(`changes nothing a user sees when it is ${what}`, () => {
      const dir = copyOfPackage();
      copies.push(dir);
      breakIt(join(dir, 'dist', 'main.cjs.cache'));
      const state = spawnSync(process.execPath, ['-p', "require('./dist/cli.cjs').codeCache"], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
      expect(state.stdout.trim()).toBe(what === 'missing' ? 'absent' : 'rejected');
      const r = spawnSync(process.execPath, [join(dir, 'bin', 'kara-news.js'), 'read', '--section', '2'], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
      expect({ stdout: r.stdout, stderr: r.stderr, code: r.status }).toEqual(expected);
      expect(expected.stdout).toContain('Azerbaijan Respects');
    });
  }

  it('is not used once its file has been edited, even when the edit keeps the length V8 checks', () => {
    const dir = copyOfPackage();
    copies.push(dir);
    const main = join(dir, 'dist', 'main.cjs');
    const source = readFileSync(main, 'utf8');
    expect(source).toContain(' \\xB7 ');
    // The byline's separator, · to ¶: the same number of characters, so V8 would take the cache.
    writeFileSync(main, source.replace(' \\xB7 ', ' \\xB6 '));
    const later = new Date(Date.now() + 5000);
    utimesSync(main, later, later);
    const state = spawnSync(process.execPath, ['-p', "require('./dist/cli.cjs').codeCache"], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    expect(state.stdout.trim()).toBe('stale');
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'kara-news.js'), 'read'], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    expect(r.stdout.split('\n')[2]).toBe('1 October 2023 ¶ BAKU');
  });
});
