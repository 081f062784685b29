import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, looksBinary } from '../../src/load/decode.js';
import { resolveInput } from '../../src/load/resolve.js';
import { KaraError } from '../../src/errors.js';

const catalogue = [
  { slug: 'first-story', path: '/articles/first-story.md' },
  { slug: 'second-story', path: '/articles/second-story.md' },
];

describe('resolveInput', () => {
  it('defaults to the first bundled article and reads - as standard input', () => {
    expect(resolveInput(undefined, catalogue)).toEqual({ kind: 'bundled', slug: 'first-story', path: '/articles/first-story.md' });
    expect(resolveInput('-', catalogue)).toEqual({ kind: 'stdin' });
    expect(resolveInput('second-story', catalogue)).toMatchObject({ kind: 'bundled', slug: 'second-story' });
  });

  it('reads a file only when the argument clearly is a path', () => {
    for (const arg of ['./story', 'notes.md', 'dir/story', '../x', '/etc/passwd', '~/a.markdown']) {
      expect(resolveInput(arg, catalogue)).toEqual({ kind: 'file', path: arg });
    }
  });

  it('refuses other names with the list of slugs, and never joins a slug into a path', () => {
    expect(() => resolveInput('third', catalogue)).toThrow(/no bundled article or saved story 'third' \(bundled: first-story, second-story;/);
    expect(() => resolveInput('%2e%2e', catalogue)).toThrow(KaraError);
    expect(() => resolveInput('a\0b', catalogue)).toThrow(/NUL/);
  });
});

describe('decoding bytes', () => {
  it('calls data binary the way git does: a NUL in the first 8000 bytes', () => {
    expect(looksBinary(Buffer.from('plain text'))).toBe(false);
    expect(looksBinary(Buffer.from('a\0b'))).toBe(true);
    expect(looksBinary(Buffer.concat([Buffer.alloc(8000, 0x61), Buffer.from([0])]))).toBe(false);
  });

  it('decodes valid UTF-8 as is and reports the offset of the first invalid byte', () => {
    expect(decodeUtf8(Buffer.from('enclave’s'))).toEqual({ text: 'enclave’s', invalidUtf8At: null });
    const bad = decodeUtf8(Buffer.from([0x61, 0x62, 0xff, 0x63]));
    expect(bad).toEqual({ text: 'ab\uFFFDc', invalidUtf8At: 2 });
    expect(decodeUtf8(Buffer.from([0x61, 0xe2, 0x80])).invalidUtf8At).toBe(1);
  });

  it('names the first bad byte of a surrogate, an overlong form or a code point past U+10FFFF', () => {
    // ED A0 80 would be U+D800, a surrogate: invalid UTF-8, though it has the shape of a 3-byte sequence.
    expect(decodeUtf8(Buffer.from('ab\xED\xA0\x80cd', 'latin1')).invalidUtf8At).toBe(2);
    for (const bytes of [[0x61, 0xe0, 0x80, 0x80], [0x61, 0xf0, 0x80, 0x80, 0x80], [0x61, 0xf4, 0x90, 0x80, 0x80], [0x61, 0xc1, 0xbf]]) {
      expect([bytes, decodeUtf8(Buffer.from(bytes)).invalidUtf8At]).toEqual([bytes, 1]);
    }
  });

  it('reports the offset where valid UTF-8 stops, for any bytes (property test against Node’s own check)', () => {
    // The first bad byte is where the longest valid prefix ends.
    const reference = (bytes: Uint8Array): number | null => {
      if (isUtf8(bytes)) return null;
      for (let k = bytes.length; k >= 0; k--) if (isUtf8(bytes.subarray(0, k))) return k;
      return 0;
    };
    const byte = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0x80, 0x9f, 0xa0, 0xbf));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }).chain((seed) => fc.array(byte, { maxLength: 12 }).map((b) => Uint8Array.from([...seed, ...b]))), (bytes) => {
        expect(decodeUtf8(Buffer.from(bytes)).invalidUtf8At).toBe(reference(bytes));
      }),
      { seed: 20261201, numRuns: 20_000 },
    );
  });
});
