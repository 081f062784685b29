import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/quotes/quotation-marks.js';
import { splitSentences } from '../../src/text/sentences.js';

describe('the sentence splitter --find and --quotes share', () => {
  it('ends a sentence at . ! ? before a capital, a digit or an opening quote', () => {
    expect(splitSentences('It rained. Then it stopped! Why? 2024 was dry. “Yes,” she said.')).toEqual(['It rained.', 'Then it stopped!', 'Why?', '2024 was dry.', '“Yes,” she said.']);
    expect(splitSentences('No. Yes. Maybe.')).toEqual(['No.', 'Yes.', 'Maybe.']);
    expect(splitSentences('It was bill No. 5 that passed. Then it ended.')).toEqual(['It was bill No. 5 that passed.', 'Then it ended.']);
    expect(splitSentences('It fell to 3.5 per cent. prices rose.')).toEqual(['It fell to 3.5 per cent. prices rose.']);
  });

  it('never after an abbreviation or an initial, in any case', () => {
    expect(splitSentences('Mr. Smith met Dr. Jones. They spoke.')).toEqual(['Mr. Smith met Dr. Jones.', 'They spoke.']);
    expect(splitSentences('The U.S. Senate voted. J. R. Smith spoke for Acme Corp. Nobody else.')).toEqual(['The U.S. Senate voted.', 'J. R. Smith spoke for Acme Corp. Nobody else.']);
    expect(splitSentences('See e.g. Figure 2. Done.')).toEqual(['See e.g. Figure 2.', 'Done.']);
  });

  it('keeps a quotation whole when told where it is: a quotation may end a sentence, never break one', () => {
    const text = '“We will win. We must,” he said. Nobody doubted it.';
    expect(splitSentences(text)).toEqual(['“We will win.', 'We must,” he said.', 'Nobody doubted it.']);
    expect(splitSentences(text, findQuoteSpans(text))).toEqual(['“We will win. We must,” he said.', 'Nobody doubted it.']);
  });

  it('takes one pass however many quotations and sentences a paragraph holds', () => {
    const text = '“Ab. Cd.” Ef. '.repeat(20_000);
    expect(splitSentences(text, findQuoteSpans(text))).toHaveLength(40_000);
  }, 5_000);
});
