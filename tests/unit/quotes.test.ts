import { describe, expect, it } from 'vitest';
import { EntityRegistry, splitTitle } from '../../src/quotes/people-and-places.js';
import { extractQuotes } from '../../src/quotes/extract.js';
import type { Quote } from '../../src/quotes/types.js';
import { sentences } from '../../src/quotes/frame.js';
import { findQuoteSpans } from '../../src/quotes/quotation-marks.js';

/** Quotes of paragraphs given as plain strings (all in section 1). */
const quotes = (...texts: string[]): Quote[] => extractQuotes(texts.map((text, i) => ({ section: 1, paragraph: i + 1, text })));
/** The essentials of a quote, for comparing. */
const brief = (q: Quote) => [q.speaker, q.cue, q.kind, q.text];

describe('quotation marks', () => {
  it('finds curly, straight, single, guillemet and low-high quotes', () => {
    const inner = (t: string) => findQuoteSpans(t).map((s) => s.inner);
    expect(inner('He said “yes” and "no", ‘maybe’ and «oui» and „ja“.')).toEqual(['yes', 'no', 'maybe', 'oui', 'ja']);
  });

  it('never takes an apostrophe for a quotation mark', () => {
    expect(findQuoteSpans('The enclave’s forces, the 1990s’ wars, don’t and rock ’n’ roll.')).toEqual([]);
    expect(findQuoteSpans("It's the states' rights, isn't it?")).toEqual([]);
    expect(findQuoteSpans('no ‘Armenian’ civilians in the enclave’s towns').map((s) => s.inner)).toEqual(['Armenian']);
  });

  it('reports a quote still open at the paragraph end', () => {
    expect(findQuoteSpans('“We are ready. We always were.')).toEqual([{ open: 0, end: 30, inner: 'We are ready. We always were.', closed: false }]);
  });
});

describe('sentences', () => {
  it('never ends a sentence inside a quotation or after an abbreviation', () => {
    const text = '“We will win. We must,” said Mr. Smith of the U.S. team. Then he left.';
    expect(sentences(text, findQuoteSpans(text)).map((s) => s.map((t) => t.text).join(' '))).toEqual([
      '“We will win. We must,” said Mr. Smith of the U.S. team .',
      'Then he left .',
    ]);
  });
});

describe('patterns', () => {
  it('direct: quote then cue, cue then colon, inverted, split around the cue', () => {
    expect(quotes('“We will win,” Smith said.').map(brief)).toEqual([['Smith', 'said', 'direct', 'We will win']]);
    expect(quotes('Jane Smith said: “We will win.”').map(brief)).toEqual([['Jane Smith', 'said', 'direct', 'We will win.']]);
    expect(quotes('“We will win,” said Jane Smith.').map(brief)).toEqual([['Jane Smith', 'said', 'direct', 'We will win']]);
    expect(quotes('“We will win,” Jane Smith said, “whatever it takes.”').map(brief)).toEqual([['Jane Smith', 'said', 'direct', 'We will win whatever it takes.']]);
  });

  it('direct: the next sentence is the same speaker\'s next statement; a quote continues over paragraphs', () => {
    expect(quotes('“We will win,” said Jane Smith. “It will take time.”').map(brief)).toEqual([
      ['Jane Smith', 'said', 'direct', 'We will win'],
      ['Jane Smith', 'said', 'direct', 'It will take time.'],
    ]);
    expect(quotes('“We are ready. We always were.', '“Now it is their turn,” Jane Smith said.').map((q) => [...brief(q), q.paragraph])).toEqual([
      ['Jane Smith', 'said', 'direct', 'We are ready. We always were. Now it is their turn', 1],
    ]);
  });

  it('reported: that-clause, bare clause, inverted, parenthetical, participle, according to, object', () => {
    expect(quotes('Jane Smith said on Monday that the plan had failed.').map(brief)).toEqual([['Jane Smith', 'said', 'reported', 'the plan had failed']]);
    expect(quotes('Jane Smith said the plan had failed.').map(brief)).toEqual([['Jane Smith', 'said', 'reported', 'the plan had failed']]);
    expect(quotes('The plan had failed, Jane Smith said.').map(brief)).toEqual([['Jane Smith', 'said', 'reported', 'The plan had failed']]);
    expect(quotes('The plan, Jane Smith noted, had failed.').map(brief)).toEqual([['Jane Smith', 'noted', 'reported', 'The plan had failed']]);
    expect(quotes('Jane Smith left early, insisting that the plan had failed.').map(brief)).toEqual([['Jane Smith', 'insisting', 'reported', 'the plan had failed']]);
    expect(quotes('According to Jane Smith, the plan had failed.').map(brief)).toEqual([['Jane Smith', 'according to', 'reported', 'the plan had failed']]);
    expect(quotes('Poland denied any involvement in the attack, officials added.').map(brief)[0]).toEqual(['Poland', 'denied', 'reported', 'any involvement in the attack']);
  });

  it('mixed: reported speech holding a quoted fragment', () => {
    const [q] = quotes('Jane Smith said the plan was “a disaster” for the town.');
    expect([q!.kind, q!.fragments]).toEqual(['mixed', ['a disaster']]);
  });

  it('not statements: a scare quote alone, reporting words used otherwise, a cue-less sentence', () => {
    expect(quotes('The so-called “peace plan” collapsed in May.')).toEqual([]);
    expect(quotes('The United States sent aid. Reports of the talks were sparse.')).toEqual([]);
    expect(quotes('Jane Smith spoke on a call with analysts.')).toEqual([]);
    expect(quotes('Jane Smith said on a call with analysts.')).toEqual([]);
  });
});

describe('speakers', () => {
  it('resolves pronouns to the most salient person, not the latest name', () => {
    const found = quotes('Jane Smith, an adviser to President Tom Jones, said the plan had failed. She said it would be replaced.');
    expect(found.map((q) => q.speaker)).toEqual(['Jane Smith', 'Jane Smith']);
    expect(found[0]!.role).toBe('an adviser to President Tom Jones');
  });

  it('resolves surnames, honorifics and titles to the fullest name, and keeps the title as the role', () => {
    const found = quotes('Foreign Minister Anna Berg arrived on Monday.', 'Mrs Berg said the talks were over.', '“We are done,” the minister said.');
    expect(found.map((q) => [q.speaker, q.role, q.cue])).toEqual([
      ['Anna Berg', 'Foreign Minister', 'said'],
      ['Anna Berg', 'Foreign Minister', 'said'],
    ]);
    expect(found[1]!.text).toBe('We are done');
  });

  it('resolves "the nation" to the country the article is about and "the company" to its organisation', () => {
    expect(quotes('Chile held elections. Chile’s president spoke. The nation affirmed its support for the treaty.').map((q) => q.speaker)).toEqual(['Chile']);
    expect(quotes('Norvik Systems closed a plant. The company said demand had fallen.').map((q) => q.speaker)).toEqual(['Norvik Systems']);
  });

  it('keeps an unnamed source as the article words it, without guessing', () => {
    expect(quotes('A senior official, who asked not to be named, said the talks had stalled.').map((q) => q.speaker)).toEqual(['A senior official']);
    expect(quotes('Analysts warned that prices would rise.').map((q) => q.speaker)).toEqual(['Analysts']);
  });

  it('walks back over chained asides and capitalised title chains to the name', () => {
    expect(quotes('Sen. Maria Alvarez, D-La., who wrote the bill, said families could not wait.').map((q) => [q.speaker, q.role])).toEqual([['Maria Alvarez', 'Sen.']]);
    expect(quotes('“We will help,” Senate Majority Leader Tom Hale told reporters.').map((q) => [q.speaker, q.role])).toEqual([['Tom Hale', 'Senate Majority Leader']]);
    expect(quotes('Sen. Maria Alvarez arrived. The senator said the vote would fail.').map((q) => q.speaker)).toEqual(['Maria Alvarez']);
  });

  it('takes bare plural sources at a sentence start, but never a phrase that runs past a preposition', () => {
    expect(quotes('Republican leaders said the spending must be offset.').map((q) => q.speaker)).toEqual(['Republican leaders']);
    expect(quotes('The bill stalled in the Senate on Tuesday as lawmakers argued over the cost.')).toEqual([]);
  });

  it('splits titles from names', () => {
    expect(splitTitle(['Armenian', 'Prime', 'Minister', 'Nikol', 'Pashinyan'])).toEqual({ title: ['Armenian', 'Prime', 'Minister'], name: ['Nikol', 'Pashinyan'] });
    expect(splitTitle(['Union', 'representative', 'Ellen', 'Moss'])).toEqual({ title: ['Union', 'representative'], name: ['Ellen', 'Moss'] });
    const registry = new EntityRegistry();
    expect(registry.mention(['Baku'])!.name).toBe('Azerbaijan');
  });
});
