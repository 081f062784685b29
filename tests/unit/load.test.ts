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
    expect(() => resolveInput('third', catalogue)).toThrow(/no bundled article 'third' \(bundled: first-story, second-story\)/);
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
});
