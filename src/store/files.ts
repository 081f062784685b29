// How the store touches the disk: every write atomic (a temporary file beside the target, synced,
// then renamed over it), every update under one lock file, and a file that cannot be read as what
// it should be set aside under a new name with a warning, never emptied. Synchronous on purpose:
// the updates are small, and a lock held across awaits could be held by a stalled fetch.
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname } from 'node:path';
import { ExitCode, KaraError } from '../errors.js';

/** Milliseconds a process waits for another's update before giving up; updates take milliseconds. */
const LOCK_WAIT_MS = 15_000;

/** A lock older than this is left from a process that died mid-update, whatever its pid says. */
const LOCK_STALE_MS = 120_000;

/** What a lock file says about its holder. */
interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: number;
}

/** Why a file-system call failed, in words. */
function why(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const words: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', ENOSPC: 'the disk is full', EROFS: 'the file system is read-only', ENOTDIR: 'a part of the path is not a folder', EDQUOT: 'the disk quota is used up' };
  return words[code ?? ''] ?? (err as Error).message;
}

/** Writes a file atomically: readers see the old content or the new, never a part of either. */
export function writeAtomic(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  let fd: number | null = null;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(temporary, 'wx', 0o644);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, path);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
    throw new KaraError(`cannot write '${path}': ${why(err)}; nothing was changed`, ExitCode.io);
  }
}

/** The text of a file, or null when there is none. */
export function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new KaraError(`cannot read '${path}': ${why(err)}`, ExitCode.noInput);
  }
}

/** A file's first line (up to `limit` bytes), or null when there is none or it cannot be read. */
export function firstLine(path: string, limit = 512): string | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const bytes = Buffer.alloc(limit);
    const text = bytes.toString('utf8', 0, readSync(fd, bytes, 0, limit, 0));
    const end = text.indexOf('\n');
    return end === -1 ? null : text.slice(0, end);
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Bytes headLines and lastLine read at a time. */
const BLOCK = 65_536;

/** Runs `read` on a file opened for reading; null when there is no file. Other failures are errors, as readText's. */
function withFile<T>(path: string, read: (fd: number) => T): T | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new KaraError(`cannot read '${path}': ${why(err)}`, ExitCode.noInput);
  }
  try {
    return read(fd);
  } catch (err) {
    throw new KaraError(`cannot read '${path}': ${why(err)}`, ExitCode.noInput);
  } finally {
    closeSync(fd);
  }
}

/**
 * The first `count` lines of a file (fewer when it has fewer), read a block at a time, so an
 * early line of a long file is found without reading the rest; null when there is no file.
 */
export function headLines(path: string, count: number): string[] | null {
  return withFile(path, (fd) => {
    const blocks: Buffer[] = [];
    let newlines = 0;
    while (newlines < count) {
      const block = Buffer.allocUnsafe(BLOCK);
      const read = readSync(fd, block, 0, BLOCK, null);
      if (read === 0) break;
      const got = block.subarray(0, read);
      blocks.push(got);
      for (let at = got.indexOf(10); at !== -1 && newlines < count; at = got.indexOf(10, at + 1)) newlines++;
    }
    return Buffer.concat(blocks).toString('utf8').split('\n').slice(0, count);
  });
}

/** The last line of a file (without its newline), read from the end a block at a time; null when there is no file. */
export function lastLine(path: string): string | null {
  return withFile(path, (fd) => {
    let tail = Buffer.alloc(0);
    for (let at = fstatSync(fd).size; ; ) {
      const start = Math.max(0, at - BLOCK);
      const block = Buffer.allocUnsafe(at - start);
      readSync(fd, block, 0, block.length, start);
      tail = Buffer.concat([block, tail]);
      at = start;
      const end = tail.length > 0 && tail[tail.length - 1] === 10 ? tail.length - 1 : tail.length;
      const before = end === 0 ? -1 : tail.lastIndexOf(10, end - 1);
      if (before !== -1 || at === 0) return tail.toString('utf8', before + 1, end);
    }
  });
}

/** When a file was last changed (ms since the epoch), or null when there is none. */
export function modifiedAt(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/** A timestamp for a file name: 20261207T041500Z. */
const stamp = (): string => new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/**
 * Moves a damaged file out of the way, keeping every byte of it, and returns the warning that
 * says where it went. The caller starts afresh in its place.
 */
export function setAside(path: string, what: string): string {
  const aside = `${path}.damaged-${stamp()}`;
  try {
    renameSync(path, aside);
  } catch (err) {
    throw new KaraError(`'${path}' is damaged (${what}) and cannot be set aside: ${why(err)}; move it away to go on`, ExitCode.data);
  }
  return `'${path}' was damaged (${what}); it is kept as '${basename(aside)}' and a new one was started`;
}

/** Sleeps without returning to the event loop: only while waiting for another process's lock. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The holder a lock file names, or null when it cannot be read (being written, or gone). */
function holderOf(lock: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(lock, 'utf8')) as Partial<Holder>;
    if (typeof holder.pid === 'number' && typeof holder.host === 'string' && typeof holder.since === 'number') return holder as Holder;
  } catch {
    // Fall through: judged by the file's age instead.
  }
  return null;
}

/** True when a process with this pid runs on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when the lock was left by a process that is gone (same machine) or is too old to be held. */
function isStale(lock: string, holder: Holder | null): boolean {
  if (holder !== null && holder.host === hostname() && !alive(holder.pid)) return true;
  try {
    return Date.now() - (holder?.since ?? statSync(lock).mtimeMs) > LOCK_STALE_MS;
  } catch {
    return false;
  }
}

/**
 * Breaks a stale lock: renamed first (only one process can), then checked to be the one judged
 * stale; a fresh lock taken in between is put back.
 */
function breakLock(lock: string, seen: Holder | null): void {
  const broken = `${lock}.broken-${process.pid}`;
  try {
    renameSync(lock, broken);
  } catch {
    return;
  }
  const taken = holderOf(broken);
  if (seen !== null && taken !== null && (taken.pid !== seen.pid || taken.since !== seen.since)) {
    try {
      renameSync(broken, lock);
    } catch {
      // The fresh holder's lock is lost only if the rename back fails; it still finishes its update.
    }
    return;
  }
  try {
    unlinkSync(broken);
  } catch {
    // Already gone.
  }
}

/**
 * Runs an update while holding the store's lock: waits for another process's update to finish,
 * breaks a lock left by a process that died, and always lets go. `update` must be synchronous.
 */
export function withLock<T>(lock: string, update: () => T): T {
  try {
    mkdirSync(dirname(lock), { recursive: true });
  } catch (err) {
    throw new KaraError(`cannot make the folder '${dirname(lock)}' to keep feeds and stories in: ${why(err)}; set KARA_NEWS_HOME to a folder you can write`, ExitCode.io);
  }
  const deadline = Date.now() + LOCK_WAIT_MS;
  let fd: number | null = null;
  while (fd === null) {
    try {
      fd = openSync(lock, 'wx', 0o644);
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: Date.now() }));
      closeSync(fd);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new KaraError(`cannot lock '${dirname(lock)}' to update it: ${why(err)}`, ExitCode.io);
      const holder = holderOf(lock);
      if (isStale(lock, holder)) breakLock(lock, holder);
      else if (Date.now() > deadline) {
        throw new KaraError(`another kara-news${holder ? ` (pid ${holder.pid})` : ''} is updating '${dirname(lock)}'; try again, or delete '${lock}' if none is running`, ExitCode.tempFail);
      } else sleep(25);
    }
  }
  try {
    return update();
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      // Broken by another process that judged it stale: nothing to let go of.
    }
  }
}
