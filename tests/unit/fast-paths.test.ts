// Start-up fast paths that skip Unicode property classes for ASCII text (building one costs
// about half a millisecond): each must give exactly what the Unicode rule gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/markdown/inline-text.js';
import { slugify } from '../../src/parse/slug.js';
import { displayWidth } from '../../src/render/wrap.js';

const unicodeSlug = (s: string): string => s.toLowerCase().trim().replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '').replace(/\s/g, '-');
const everyAscii = String.fromCharCode(...Array.from({ length: 128 }, (_, i) => i));
const text = fc.string({ unit: fc.constantFrom(...everyAscii, 'é', 'ß', '\u0301', '日', '’', '\u00a0', '٣'), maxLength: 40 });

describe('ASCII fast paths agree with the Unicode rules', () => {
  it('slugify: every ASCII character, and mixed text', () => {
    expect(slugify(everyAscii)).toBe(unicodeSlug(everyAscii));
    fc.assert(fc.property(text, (s) => slugify(s) === unicodeSlug(s)), { seed: 20261128, numRuns: 500 });
  });

  it('displayWidth: combining marks and controls take no column, printable ASCII one each', () => {
    expect(displayWidth('e\u0301te\u0301')).toBe(3);
    expect(displayWidth(everyAscii)).toBe(95);
  });

  it('countWords: a word is a run holding a letter or digit in any script', () => {
    const unicodeCount = (s: string): number => s.split(/[\x00-\x20\u00a0\u2028\u2029\u3000]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const general = String.fromCharCode(...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i));
    expect(countWords(general)).toBe(unicodeCount(general));
    fc.assert(fc.property(text, (s) => countWords(s) === unicodeCount(s)), { seed: 20261128, numRuns: 500 });
    expect(countWords('« Bakı’da » 12 — ٣ 日本')).toBe(4);
    expect(countWords('— … !')).toBe(0);
  });
});
