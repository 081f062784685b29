import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_NESTING_COLUMNS, nestingTooDeep, plainTextTokens } from '../../src/parse/fallback.js';

describe('emphasis guard', () => {
  it('flags long runs of emphasis delimiters that touch text, whatever V8 has optimised', async () => {
    const { emphasisTooDeep, MAX_DELIMITER_RUN } = await import('../../src/parse/fallback.js');
    expect(emphasisTooDeep('*'.repeat(MAX_DELIMITER_RUN) + 'a' + '*'.repeat(MAX_DELIMITER_RUN))).toBe(true);
    expect(emphasisTooDeep('x' + '_'.repeat(MAX_DELIMITER_RUN))).toBe(true);
    expect(emphasisTooDeep('*'.repeat(1000) + '\n\ntext')).toBe(false);
    expect(emphasisTooDeep('**bold** and ***more*** and ' + '~'.repeat(20) + 'x')).toBe(false);
  });
});

describe('nesting guard', () => {
  it('flags lines that open with hundreds of columns of nesting', () => {
    expect(nestingTooDeep('>'.repeat(MAX_NESTING_COLUMNS + 1) + ' x')).toBe(true);
    expect(nestingTooDeep('- '.repeat(5000) + 'a')).toBe(true);
    expect(nestingTooDeep(Array.from({ length: 300 }, (_, d) => '  '.repeat(d) + '- item').join('\n'))).toBe(true);
    expect(nestingTooDeep('1. '.repeat(200) + 'x')).toBe(true);
  });

  it('leaves real documents alone: rules, long numbers, ordinary nesting and code', () => {
    expect(nestingTooDeep('-'.repeat(1000))).toBe(false);
    expect(nestingTooDeep('*'.repeat(1000) + 'a')).toBe(false);
    expect(nestingTooDeep('1'.repeat(1000))).toBe(false);
    expect(nestingTooDeep(Array.from({ length: 20 }, (_, d) => '  '.repeat(d) + '- item').join('\n'))).toBe(false);
    expect(nestingTooDeep('> > > quoted\n\n        code')).toBe(false);
  });

  it('shows the text as plain paragraphs, every word kept, controls made visible', () => {
    expect(plainTextTokens('# a *b*\n\n  \n- c\u001b').map((t) => t.raw)).toEqual(['# a *b*', '- c^[']);
  });
});

describe('the guards scan fast and agree with the straightforward character-by-character scan', () => {
  /** The first, character-at-a-time versions, kept as the oracle. */
  function nestingOracle(markdown: string): boolean {
    let column = 0;
    let atStart = true;
    for (let i = 0; i < markdown.length; i++) {
      const c = markdown.charCodeAt(i);
      if (c === 10) {
        column = 0;
        atStart = true;
      } else if (atStart) {
        const spaced = (k: number): boolean => markdown.charCodeAt(k) === 32 || markdown.charCodeAt(k) === 9;
        if (c === 32 || c === 62) column++;
        else if (c === 9) column += 4;
        else if ((c === 45 || c === 42 || c === 43) && spaced(i + 1)) column++;
        else if (c >= 48 && c <= 57) {
          let j = i;
          while (markdown.charCodeAt(j) >= 48 && markdown.charCodeAt(j) <= 57) j++;
          const mark = markdown.charCodeAt(j);
          if ((mark === 46 || mark === 41) && spaced(j + 1)) {
            column += j - i + 1;
            i = j;
          } else atStart = false;
        } else atStart = false;
        if (column > MAX_NESTING_COLUMNS) return true;
      }
    }
    return false;
  }
  function emphasisOracle(markdown: string, max: number): boolean {
    const isDelimiter = (c: number): boolean => c === 42 || c === 95 || c === 126;
    const touchesText = (c: number): boolean => !Number.isNaN(c) && c > 32 && !isDelimiter(c);
    let i = 0;
    while (i < markdown.length) {
      if (!isDelimiter(markdown.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i;
      while (j < markdown.length && isDelimiter(markdown.charCodeAt(j))) j++;
      if (j - i >= max && (touchesText(markdown.charCodeAt(j)) || touchesText(markdown.charCodeAt(i - 1)))) return true;
      i = j;
    }
    return false;
  }

  it('at the limit exactly: MAX_NESTING_COLUMNS columns pass, one more does not', () => {
    for (const unit of ['>', ' ', '- ', '1. ']) {
      const k = Math.floor(MAX_NESTING_COLUMNS / unit.length);
      const at = (columns: number): string => 'text\n' + unit.repeat(k) + ' '.repeat(columns - k * unit.length) + 'x';
      expect([nestingTooDeep(at(MAX_NESTING_COLUMNS)), nestingOracle(at(MAX_NESTING_COLUMNS))]).toEqual([false, false]);
      expect([nestingTooDeep(at(MAX_NESTING_COLUMNS + 1)), nestingOracle(at(MAX_NESTING_COLUMNS + 1))]).toEqual([true, true]);
    }
  });

  it('on documents built from nesting prefixes, delimiter runs, digits and text', async () => {
    const { emphasisTooDeep, MAX_DELIMITER_RUN } = await import('../../src/parse/fallback.js');
    const piece = fc.constantFrom('>'.repeat(100), ' '.repeat(100), '- '.repeat(50), '  ', '>', '> ', '- ', '-', '* ', '+ ', '1. ', '12)', '1.x', '\t', 'a', ' a', '\n', '\n\n', '*'.repeat(40), '_'.repeat(60), '~', '99');
    const doc = fc.array(piece, { maxLength: 500 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(doc, (markdown) => nestingTooDeep(markdown) === nestingOracle(markdown) && emphasisTooDeep(markdown) === emphasisOracle(markdown, MAX_DELIMITER_RUN)),
      { seed: 20261128, numRuns: 2000 },
    );
  });
});
