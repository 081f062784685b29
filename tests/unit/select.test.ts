import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';
import { resolveSection, selectSections } from '../../src/select/select.js';

const article = await parseArticle({
  kind: 'markdown',
  ref: { kind: 'stdin' },
  name: '-',
  text: '# Guide\n\nIntro.\n\n## Install\n\nRun.\n\n### On Linux\n\nApt.\n\n## Usage\n\nCall.\n\n## Use cases\n\nMany.\n',
  warnings: [],
});

describe('resolveSection', () => {
  it('finds a section by number, by slug, and by unique case-insensitive heading prefix', () => {
    expect(resolveSection('3', article.sections).heading).toBe('On Linux');
    expect(resolveSection('use-cases', article.sections).heading).toBe('Use cases');
    expect(resolveSection('INST', article.sections).heading).toBe('Install');
    expect(resolveSection('usage', article.sections).heading).toBe('Usage');
  });

  it('explains an ambiguous or unknown ref and lists the sections', () => {
    expect(() => resolveSection('us', article.sections)).toThrow("section 'us' is ambiguous: it could be 4 Usage, 5 Use cases; give its number");
    expect(() => resolveSection('7', article.sections)).toThrow('no section 7; sections: 1 Guide, 2 Install, 3 On Linux, 4 Usage, 5 Use cases');
    expect(() => resolveSection('', article.sections)).toThrow(/no section ''/);
  });
});

describe('selectSections', () => {
  it('keeps document order and prints a subsection once when its parent is selected', () => {
    const both = selectSections(article, ['3', '2']);
    expect(both.sections.map((s) => s.number)).toEqual([2, 3]);
    expect(both.tokens).toEqual(selectSections(article, ['2']).tokens);
  });
});
