// Standard output written straight to a pipe or file (src/write/fd-output.ts): every byte
// arrives however the kernel splits the writes, a closed pipe is an 'error' like Node's stream
// reports it, and a non-blocking descriptor hands the rest to Node's stream.
import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fdOutput, isPipeOrFile } from '../../src/write/fd-output.js';

const TEXT = 'Azerbaijan — “we respect” ✓ 日本\n'.repeat(3);

/** A stand-in for fs.writeSync that takes at most `max` bytes a call, then fails with `code` once `limit` bytes are in. */
function kernel(max: number, limit = Infinity, code = 'EPIPE') {
  const got: Buffer[] = [];
  let total = 0;
  const write = ((_fd: number, bytes: Uint8Array, offset: number) => {
    if (total >= limit) throw Object.assign(new Error(code), { code });
    const n = Math.min(max, bytes.length - offset, limit - total);
    got.push(Buffer.from(bytes.subarray(offset, offset + n)));
    total += n;
    return n;
  }) as typeof writeSync;
  return { write, bytes: () => Buffer.concat(got), text: () => Buffer.concat(got).toString() };
}

const noFallback = () => {
  throw new Error('fell back to the stream');
};

describe('fd output', () => {
  it('delivers every byte when the kernel takes a few bytes a write, split inside characters', async () => {
    const k = kernel(3);
    const out = fdOutput(1, noFallback, k.write);
    out.write(TEXT);
    await new Promise((resolve) => out.write('', resolve));
    expect(k.text()).toBe(TEXT);
  });

  it('reports a closed pipe as an EPIPE error event, then writes nothing more', async () => {
    const k = kernel(4, 10);
    const out = fdOutput(1, noFallback, k.write);
    const errors: string[] = [];
    out.on('error', (err) => errors.push((err as NodeJS.ErrnoException).code ?? ''));
    out.write(TEXT);
    out.write('more');
    await new Promise((resolve) => out.write('', resolve));
    expect(errors).toEqual(['EPIPE']);
    expect(Buffer.byteLength(k.text())).toBe(10);
  });

  it('hands the rest to the stream when the descriptor is non-blocking (EAGAIN), bytes intact', async () => {
    const k = kernel(5, 12, 'EAGAIN'); // 12 bytes end inside the dash
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    const out = fdOutput(1, () => stream, k.write);
    out.write(TEXT);
    out.write('after');
    await new Promise((resolve) => out.write('', resolve));
    expect(k.bytes()).toHaveLength(12);
    expect(Buffer.concat([k.bytes(), ...chunks]).toString()).toBe(TEXT + 'after');
  });

  it('is used for pipes and files, not for terminals or character devices', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kara-fd-')), 'out.txt');
    const fd = openSync(file, 'w');
    const devNull = openSync('/dev/null', 'w');
    try {
      expect(isPipeOrFile(fd)).toBe(true);
      expect(isPipeOrFile(devNull)).toBe(false);
      expect(isPipeOrFile(9999)).toBe(false);
    } finally {
      closeSync(fd);
      closeSync(devNull);
    }
  });
});
