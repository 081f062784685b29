// Display width is measured by grapheme cluster: what a terminal draws as one character takes the
// columns it draws, whatever number of code points it is made of.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapLine } from '../../src/render/wrap.js';

const EMOJI = ['✅', '👍🏽', '👨‍👩‍👧', '❤️', '🇫🇷', '#️⃣', '⚠️', '©️', '🧑🏾‍🚀', '🏴󠁧󠁢󠁳󠁣󠁴󠁿'];

describe('display width', () => {
  it('gives every emoji, with its modifiers, joiners and variation selectors, two columns', () => {
    for (const e of EMOJI) expect([e, displayWidth(e)]).toEqual([e, 2]);
    expect(displayWidth('ok ✅ 👍🏽 👨‍👩‍👧')).toBe(3 + 3 + 3 + 2);
  });

  it('gives wide East Asian characters two columns, combining marks none, Latin and punctuation one', () => {
    expect(displayWidth('漢字한국')).toBe(8);
    expect(displayWidth('ｱｲ')).toBe(2);
    expect(displayWidth('e\u0301te\u0301')).toBe(3);
    expect(displayWidth('“enclave’s” — …')).toBe(15);
  });

  it('agrees with string-width (which segments with Intl.Segmenter) on any mix of scripts, emoji and punctuation', () => {
    const unit = fc.constantFrom('a', 'Z', ' ', '-', 'é', 'e\u0301', '\u0301', 'ß', '’', '“', '—', '…', '\u00a0', '\u200b', '\u200d', '\ufe0f', '日', '한', 'ｱ', 'ﾞ', '٣', 'ก', 'ी', 'कि', 'ﷺ', '™', '©', '✔', '❤', '☺', '🌡', '🇫', '\u20e3', '#', '1', ...EMOJI);
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }), (parts) => displayWidth(parts.join('')) === stringWidth(parts.join(''))), { seed: 20261201, numRuns: 3000 });
    // Where the two differ on purpose: Thai SARA AM (U+0E33) is a letter that Intl.Segmenter joins
    // to the consonant before it; string-width then counts it nothing, where wcwidth, and so the
    // terminal, gives it a column.
    expect([stringWidth('กำ'), displayWidth('กำ')]).toEqual([1, 2]);
    // The soft hyphen: default-ignorable to string-width, one column (a hyphen) to wcwidth and terminals.
    expect([stringWidth('\u00ad'), displayWidth('\u00ad')]).toEqual([0, 1]);
  });

  it('wraps lines of emoji to the width: none wider, none short of a word that would have fitted', () => {
    for (const width of [20, 21, 33]) {
      const words = Array.from({ length: 60 }, (_, i) => EMOJI[i % EMOJI.length]!.repeat(1 + (i % 3)));
      const lines = wrapLine(words.join(' '), width);
      expect(lines.join(' ')).toBe(words.join(' '));
      // Measured by the reference, so the wrap cannot pass by agreeing with a wrong width of its own.
      lines.forEach((line, i) => {
        expect(stringWidth(line)).toBeLessThanOrEqual(width);
        const next = lines[i + 1]?.split(' ')[0];
        if (next !== undefined) expect(stringWidth(`${line} ${next}`)).toBeGreaterThan(width);
      });
    }
  });
});
