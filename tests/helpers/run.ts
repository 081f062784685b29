import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, it } from 'vitest';
import { main, type Io } from '../../src/main.js';

/** What a run of kara-news produced. */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The real bin, as a user runs it. */
export const bin = fileURLToPath(new URL('../../bin/kara-news.js', import.meta.url));

/** A fixture file's path. */
export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/**
 * The store every run uses unless a test gives its own KARA_NEWS_HOME: a folder of this test
 * process's, removed when it ends, so no test reads or writes the user's own feeds and library.
 */
const testStore = join(tmpdir(), `kara-news-test-store-${process.pid}`);
process.on('exit', () => rmSync(testStore, { recursive: true, force: true }));

/** The environment every end-to-end run starts from: nothing that bears on colour, width or paging leaks in, nor the user's store. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? '/tmp', LANG: 'C.UTF-8', KARA_NEWS_HOME: testStore };
  return { ...env, ...extra };
}

/** Runs the real bin in a child process with a cleaned environment. */
export function runBin(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string; timeout?: number } = {}): RunResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: options.input ?? '',
    env: cleanEnv(options.env),
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    // A hang guard: a child still running is killed, and the test says so.
    timeout: options.timeout ?? 15_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr + killed(result), code: result.status };
}

/** A line saying why a child has no exit code (the hang guard killed it), so a failure says so. */
function killed(result: { signal: NodeJS.Signals | null; error?: Error }): string {
  if (result.error) return `[test helper: ${result.error.message}]\n`;
  return result.signal ? `[test helper: killed by ${result.signal}]\n` : '';
}

/**
 * Runs the real bin without blocking this process, for tests whose server lives in it (spawnSync
 * would stop the server from answering); resolves once the child has exited.
 */
export function runBinAsync(args: readonly string[], options: { env?: Record<string, string>; input?: string | Buffer } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: cleanEnv(options.env), cwd: root });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code }));
    child.stdin.end(options.input ?? '');
  });
}

/** True when a command is on the PATH. */
export function installed(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v '${command}'`]).status === 0;
}

/**
 * `it` for a test that drives other programs (a shell, a pager): when one is not installed, the
 * test is skipped visibly, its name saying what is missing, rather than passing having checked
 * nothing. CI installs them all (.ci/run), so nothing is skipped there.
 */
export function itNeeds(...commands: string[]): (name: string, fn: () => unknown, timeout?: number) => void {
  const missing = commands.filter((c) => !installed(c));
  return (name, fn, timeout) => (missing.length === 0 ? it(name, fn, timeout) : it.skip(`${name} [skipped: ${missing.join(', ')} not installed]`, fn, timeout));
}

/** Where a permission test runs the bin from, as a user without root's right to read anything. */
export type UnprivilegedPlace =
  | { readonly run: (args: readonly string[]) => RunResult; readonly scratch: () => string; readonly dispose: () => void }
  | { readonly skip: string };

/** Runs a command as nobody (util-linux setpriv), from a folder nobody can enter. */
function asNobody(args: readonly string[], cwd: string): RunResult {
  const result = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', ...args], { input: '', env: cleanEnv(), cwd, encoding: 'utf8', timeout: 15_000 });
  return { stdout: result.stdout, stderr: result.stderr ?? String(result.error), code: result.status };
}

/**
 * A place to run the real bin unprivileged. Not root: this user, from the clone. Root: as nobody,
 * from a copy of what the bin needs (bin/, dist/, articles/, package.json) in a fresh
 * world-readable folder, since nobody may not enter the clone's own folders (a clone in /root or
 * in `mktemp -d` is 0700 all the way). When no such folder can be made or nobody cannot start Node
 * there, says why, for a visible skip.
 */
export function unprivilegedPlace(): UnprivilegedPlace {
  if (process.getuid?.() !== 0) {
    const made: string[] = [];
    const scratch = (): string => {
      made.push(mkdtempSync(join(tmpdir(), 'kara-')));
      return made.at(-1)!;
    };
    return { run: (args) => runBin(args), scratch, dispose: () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })) };
  }
  if (!installed('setpriv')) return { skip: 'setpriv (util-linux) is not installed, and the tests run as root' };
  const reasons: string[] = [];
  for (const base of new Set([tmpdir(), '/tmp', '/var/tmp'])) {
    let home: string;
    try {
      home = mkdtempSync(join(base, 'kara-nobody-'));
      chmodSync(home, 0o755);
      for (const part of ['bin', 'dist', 'articles', 'package.json']) cpSync(join(root, part), join(home, part), { recursive: true });
    } catch (error) {
      reasons.push(`${base}: ${(error as Error).message}`);
      continue;
    }
    const copy = join(home, 'bin', 'kara-news.js');
    const probe = asNobody([process.execPath, copy, '--version'], home);
    if (probe.code !== 0) {
      reasons.push(`${base}: nobody cannot run ${process.execPath} ${copy} (${probe.stderr.trim().split('\n')[0] ?? 'exit ' + String(probe.code)})`);
      rmSync(home, { recursive: true, force: true });
      continue;
    }
    return {
      run: (args) => asNobody([process.execPath, copy, ...args], home),
      scratch: () => {
        const dir = mkdtempSync(join(home, 'scratch-'));
        chmodSync(dir, 0o755);
        return dir;
      },
      dispose: () => rmSync(home, { recursive: true, force: true }),
    };
  }
  return { skip: `no folder nobody can reach: ${reasons.join('; ')}` };
}

/**
 * `it` for a test that runs the bin as a user who cannot read everything: the test gets the place
 * to run from, or is skipped visibly with the reason no such place could be made.
 */
export function itUnprivileged(name: string, fn: (place: Extract<UnprivilegedPlace, { run: unknown }>) => unknown, timeout?: number): void {
  const place = unprivilegedPlace();
  if ('skip' in place) it.skip(`${name} [skipped: ${place.skip}]`, () => undefined, timeout);
  else {
    it(name, () => fn(place), timeout);
    afterAll(place.dispose);
  }
}

/** Runs a shell command line (for pipes such as `| head -1`) with a cleaned environment. */
export function runShell(command: string, env: Record<string, string> = {}): RunResult {
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], { env: cleanEnv(env), cwd: root, encoding: 'utf8', timeout: 15_000, maxBuffer: 64 * 1024 * 1024 });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/**
 * Runs the real bin under a pseudo-terminal of the given width with util-linux `script`,
 * so stdout is a TTY exactly as in a user's terminal. Returns what the terminal received.
 */
export function runPty(args: readonly string[], options: { columns?: number; env?: Record<string, string> } = {}): RunResult {
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const command = `stty cols ${options.columns ?? 100} rows 50; ${quoted}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    env: cleanEnv({ TERM: 'xterm-256color', ...options.env }),
    cwd: root,
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { stdout: result.stdout.replace(/\r\n/g, '\n'), stderr: result.stderr, code: result.status };
}

/** A fake stdout: a TTY of some width, or a pipe. */
function fakeStdout(tty: boolean, columns: number | undefined): PassThrough & { isTTY?: boolean; columns?: number } {
  const stream = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  if (tty) {
    stream.isTTY = true;
    if (columns !== undefined) stream.columns = columns;
  }
  return stream;
}

/** Collects everything written to a stream. */
function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs main() in-process against fake streams: a TTY or a pipe, with the given environment. */
export async function runMain(
  args: readonly string[],
  options: { tty?: boolean; columns?: number; env?: Record<string, string>; input?: string } = {},
): Promise<RunResult> {
  const stdout = fakeStdout(options.tty ?? false, options.columns);
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const io: Io = { stdin: Readable.from([Buffer.from(options.input ?? '')]), stdout, stderr, env: options.env ?? {} };
  const code = await main(args, io);
  return { stdout: out(), stderr: err(), code };
}

/** True when the text holds an escape character (any terminal control sequence). */
export const hasEscape = (text: string): boolean => text.includes('\u001b');

/** Text with SGR colour sequences removed, for measuring what a terminal shows. */
export const visible = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');
