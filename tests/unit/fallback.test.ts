import { describe, expect, it } from 'vitest';
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
