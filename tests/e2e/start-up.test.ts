// How a start uses Node's own compile cache (bin/kara-news.js): turned on before the CLI's files
// load where Node has one (22.1 and later), and nothing at all on Node 20, which has none.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cleanEnv, itNeeds, root, runBin } from '../helpers/run.js';

const scratch = mkdtempSync(join(tmpdir(), 'kara-start-'));

describe("Node's compile cache", () => {
  it('is turned on before the CLI loads, where Node has it (a stand-in on this Node records the order)', () => {
    // A preload that gives this Node an enableCompileCache and notes when dist/main.cjs is loaded.
    const preload = join(scratch, 'record.cjs');
    writeFileSync(
      preload,
      `const Module = require('node:module'); const { writeSync } = require('node:fs');
Module.enableCompileCache = () => { writeSync(2, 'enableCompileCache\\n'); return { status: 0 }; };
const load = Module._load;
Module._load = function (request, ...rest) { if (/main\\.cjs$/.test(request)) writeSync(2, 'require main.cjs\\n'); return load.call(this, request, ...rest); };`,
    );
    const r = spawnSync(process.execPath, ['-r', preload, bin, 'read', '--section', '2'], { env: cleanEnv(), cwd: root, encoding: 'utf8' });
    // Chunks loaded later require main.cjs again for the chunks built into it (scripts/build.mjs), from Node's cache.
    expect(r.stderr).toMatch(/^enableCompileCache\n(?:require main\.cjs\n)+$/);
    expect(r.stdout).toBe(runBin(['read', '--section', '2']).stdout);
    expect(r.stdout).toContain('Azerbaijan Respects Freedom');
  });

  it('a plain read loads one file of the build: the chunks every command needs are built into main.cjs', () => {
    const preload = join(scratch, 'files.cjs');
    writeFileSync(
      preload,
      `const Module = require('node:module'); const { writeSync } = require('node:fs');
const load = Module._load;
Module._load = function (request, ...rest) { if (/\\.cjs$/.test(request)) writeSync(2, request + '\\n'); return load.call(this, request, ...rest); };`,
    );
    const r = spawnSync(process.execPath, ['-r', preload, bin, 'read'], { env: cleanEnv(), cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('../dist/main.cjs\n');
    expect(r.stdout).toBe(runBin(['read']).stdout);
  });

  itNeeds('node22')('keeps the compiled CLI between runs on Node 22, and the second run prints the same', () => {
    const cache = join(scratch, 'compile-cache');
    const run = () => spawnSync('node22', [bin, 'read', '--color', '--width', '60'], { env: cleanEnv({ NODE_COMPILE_CACHE: cache }), cwd: root, encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    const cached = readdirSync(cache, { recursive: true, encoding: 'utf8' });
    expect(cached.length).toBeGreaterThan(0);
    const second = run();
    expect([second.status, second.stdout, second.stderr]).toEqual([0, first.stdout, '']);
  });
});
