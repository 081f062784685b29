// Who said what, by category: each sentence is our own, written in the shape of the news the
// categories were found in (no sentence of a development article is here).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.js';
import { findQuoteSpans } from '../../src/quotes/quotation-marks.js';
import type { Quote } from '../../src/quotes/types.js';

/** Quotes of paragraphs given as plain strings (all in section 1). */
const quotes = (...texts: string[]): Quote[] => extractQuotes(texts.map((text, i) => ({ section: 1, paragraph: i + 1, text })));
/** The essentials of a quote, for comparing. */
const brief = (q: Quote) => [q.speaker, q.cue, q.kind, q.text];

describe('quotation marks', () => {
  it('finds curly, straight, single, guillemet and low-high quotes', () => {
    const inner = (t: string) => findQuoteSpans(t).map((s) => s.inner);
    expect(inner('He said “yes” and "no", ‘maybe’ and «oui» and „ja“.')).toEqual(['yes', 'no', 'maybe', 'oui', 'ja']);
  });

  it('closes a curly quote with a straight mark, as web text mixes them', () => {
    expect(findQuoteSpans('“We checked twice," she said.').map((s) => s.inner)).toEqual(['We checked twice,']);
  });

  it('never takes an apostrophe for a quotation mark', () => {
    expect(findQuoteSpans('The enclave’s forces, the 1990s’ wars, don’t and rock ’n’ roll.')).toEqual([]);
    expect(findQuoteSpans("It's the states' rights, isn't it?")).toEqual([]);
  });
});

describe('the shapes the word lists missed, found by their grammar', () => {
  it.each([
    ['a bare plural verb in the content', 'Maria Lopez said the delays raise serious doubts about the budget.', ['Maria Lopez', 'said', 'reported', 'the delays raise serious doubts about the budget']],
    ['a relative clause inside the content', 'The mayor argued the plan, which passed last week, protects renters.', ['The mayor', 'argued', 'reported', 'the plan, which passed last week, protects renters']],
    ['a bare plural speaker and a present cue', 'Experts warn the virus could return in winter.', ['Experts', 'warn', 'reported', 'the virus could return in winter']],
    ['a bracket after the name', 'The World Bank (WB) recommends that every state should cap fees.', ['World Bank', 'recommends', 'reported', 'every state should cap fees']],
  ])('%s', (_, text, expected) => {
    expect(quotes(text).map(brief)).toEqual([expected]);
  });

  it('two quoted sentences and one cue are one statement', () => {
    expect(quotes('“We tried everything,” Lopez said. “Nothing worked.”').map(brief)).toEqual([['Lopez', 'said', 'direct', 'We tried everything … Nothing worked.']]);
  });
});

describe('direct statements', () => {
  it('a quotation before or after its cue and speaker, split around them, or after a colon', () => {
    expect(quotes('“The bridge will reopen,” said Anna Berg.').map(brief)).toEqual([['Anna Berg', 'said', 'direct', 'The bridge will reopen']]);
    expect(quotes('Anna Berg said: “The bridge will reopen.”').map(brief)).toEqual([['Anna Berg', 'said', 'direct', 'The bridge will reopen.']]);
    expect(quotes('“The bridge will reopen,” Anna Berg said, “but not before May.”').map(brief)).toEqual([['Anna Berg', 'said', 'direct', 'The bridge will reopen … but not before May.']]);
  });

  it('a quotation that runs over paragraphs is one statement, claimed by the cue that ends it', () => {
    expect(quotes('“We are ready. We always were.', '“Now it is their turn,” Anna Berg said.').map(brief)).toEqual([['Anna Berg', 'said', 'direct', 'We are ready. We always were. … Now it is their turn']]);
  });

  it('a pull quote and the line under it that names its speaker', () => {
    expect(quotes('“The river is different every night.”', '— Jon Berg, first officer').map((q) => [q.speaker, q.role, q.text])).toEqual([['Jon Berg', 'first officer', 'The river is different every night.']]);
  });

  it('a quotation inside the writer’s words is a fragment: mixed', () => {
    const [q] = quotes('The plan was "a step too far," councillor Ana Ruiz said on Monday.');
    expect([q!.speaker, q!.kind, q!.text, q!.fragments]).toEqual(['Ana Ruiz', 'mixed', 'The plan was "a step too far,"', ['a step too far']]);
  });
});

describe('reported statements', () => {
  it('with or without that, an adverbial before it, a cue after the clause or inside it', () => {
    expect(quotes('Anna Berg said on Monday that the plan had failed.').map(brief)).toEqual([['Anna Berg', 'said', 'reported', 'the plan had failed']]);
    expect(quotes('The plan had failed, Anna Berg said.').map(brief)).toEqual([['Anna Berg', 'said', 'reported', 'The plan had failed']]);
    expect(quotes('Many tenants, she noted, were leaving the estate.', 'Anna Berg said so too.').map((q) => q.text)).toContain('Many tenants were leaving the estate');
  });

  it('according to, before or after the clause, with or without a comma', () => {
    expect(quotes('According to the ministry, 300 homes were flooded.').map(brief)).toEqual([['the ministry', 'According to', 'reported', '300 homes were flooded']]);
    expect(quotes('About 300 homes were flooded, according to the ministry.').map(brief)).toEqual([['the ministry', 'according to', 'reported', 'About 300 homes were flooded']]);
  });

  it('a passive names its source by its agent; without one it names no one', () => {
    expect(quotes('It is argued by the union that the plan will cost jobs.').map(brief)).toEqual([['the union', 'argued', 'reported', 'the plan will cost jobs']]);
    expect(quotes('It was announced on Monday that the bridge would close.')).toEqual([]);
  });

  // One sentence each, one statement each: the shape, the sentence, what is read of it.
  it.each([
    ['a date after the cue stands aside: `announced Nov. 18 that`', 'The agency announced Nov. 18 that it was adding five routes.', ['The agency', 'announced', 'reported', 'it was adding five routes']],
    ['a participle and a second verb of the same speaker', 'The mayor rejected the report, saying it ignored the costs.', ['The mayor', 'saying', 'reported', 'it ignored the costs']],
    ['a cue after a verb that leads into it: `tried to suggest`, `continues to insist`', 'The mayor has tried to suggest that the depot will stay open.', ['The mayor', 'suggest', 'reported', 'the depot will stay open']],
    ['words of time between the cue and `that`: `estimated this year that`', 'The union estimated this year that 400 jobs were at risk.', ['The union', 'estimated', 'reported', '400 jobs were at risk']],
    ['according to a source whose first word the tagger takes for a verb', 'The two guards slept through the night, according to court records.', ['court records', 'according to', 'reported', 'The two guards slept through the night']],
    ['an adverbial after the addressee: `told the Herald in May that`', 'Anna Berg told the Herald in May that the mill would close.', ['Anna Berg', 'told', 'reported', 'the mill would close']],
    ['according to X, a clause whose verb of saying says nothing (`admitted 300 pupils`)', 'According to the council, the school admitted 300 pupils last year.', ['the council', 'According to', 'reported', 'the school admitted 300 pupils last year']],
    ['a role with a relative clause of its own between the source and its cue', 'The witness, a nurse who feared reprisals and asked not to be named, said that the ward was closed.', ['The witness', 'said', 'reported', 'the ward was closed']],
    ['`quoted X as saying`: X speaks, not the one who quotes', 'The Herald quoted Anna Berg as saying that the mill would close.', ['Anna Berg', 'saying', 'reported', 'the mill would close']],
    ['`X, however, disagreed, saying …`: the participle takes the subject past its aside', 'Anna Berg, however, disagreed, saying the plan was flawed.', ['Anna Berg', 'saying', 'reported', 'the plan was flawed']],
  ] as const)('%s', (_shape, sentence, statement) => {
    expect(quotes(sentence).map(brief)).toEqual([statement]);
  });

  it('a clause that opens with an adverb or a determiner standing alone, before `X said`', () => {
    expect(quotes('Sometimes the ferries run late, Anna Berg said.').map(brief)).toEqual([['Anna Berg', 'said', 'reported', 'Sometimes the ferries run late']]);
    expect(quotes('Another is the cost of fuel, Anna Berg said.').map(brief)).toEqual([['Anna Berg', 'said', 'reported', 'Another is the cost of fuel']]);
  });

  it('a participle after a reported clause is a statement of its own, after the clause', () => {
    expect(quotes('Anna Berg insists the plan will work, saying it is the only way.').map(brief)).toEqual([
      ['Anna Berg', 'insists', 'reported', 'the plan will work'],
      ['Anna Berg', 'saying', 'reported', 'it is the only way'],
    ]);
    expect(quotes('The agency notes, "Floods cost more every year", highlighting the need for levees.').map((q) => q.text)).not.toContain('The agency notes, "Floods cost more every year"');
  });

  it('`, but X has said …` hands the sentence to X', () => {
    expect(quotes('The mayor has tried to suggest that he barely knows the builder, but Anna Berg has said they met often.').map(brief)).toEqual([
      ['The mayor', 'suggest', 'reported', 'he barely knows the builder'],
      ['Anna Berg', 'said', 'reported', 'they met often'],
    ]);
  });

  it('an addressee with a relative clause before the that-clause; a forecast that projects', () => {
    expect(quotes('Anna Berg told parents who gathered outside that the school would reopen.').map(brief)).toEqual([['Anna Berg', 'told', 'reported', 'the school would reopen']]);
    expect(quotes('The budget office projects that costs will rise by 2030.').map(brief)).toEqual([['The budget office', 'projects', 'reported', 'costs will rise by 2030']]);
    expect(quotes('The lamp projects the image onto the wall.')).toEqual([]);
  });

  it('the clause said: a subject of two, a list between dashes, a quotation in the subject', () => {
    expect(quotes('Anna Berg said she and more than 30 nurses from the county hospital left at dawn.').map((q) => q.text)).toEqual(['she and more than 30 nurses from the county hospital left at dawn']);
    expect(quotes('The ministry said three firms — Avia, Borel and Castor — had been chosen.').map((q) => q.text)).toEqual(['three firms — Avia, Borel and Castor — had been chosen']);
    expect(quotes('Anna Berg said the mayor’s “endless delays” had cost the town dearly.').map((q) => q.speaker)).toEqual(['Anna Berg']);
  });

  it('a cue joined by `but` or `and`, or a participle, with no cue before it: the sentence’s subject speaks', () => {
    expect(quotes('She gave no date, but said the line would open “soon”.').map((q) => q.text)).toEqual(['the line would open “soon”']);
    expect(quotes('Anna Berg gave no date, but said the line would open soon.').map(brief)).toEqual([['Anna Berg', 'said', 'reported', 'the line would open soon']]);
    expect(quotes('Anna Berg declined to give a date, saying it would depend on the weather.').map(brief)).toEqual([['Anna Berg', 'saying', 'reported', 'it would depend on the weather']]);
    expect(quotes('I was taken aside and told that the office had closed.')).toEqual([]);
  });

  it('a direct quotation, then `, adding that …`: two statements of one speaker', () => {
    expect(quotes('"We will not back down," Anna Berg said, adding that the strike would go on.').map(brief)).toEqual([
      ['Anna Berg', 'said', 'direct', 'We will not back down'],
      ['Anna Berg', 'adding', 'reported', 'the strike would go on'],
    ]);
  });

  it('according to a source with its complements, when a comma or the end shows where they stop', () => {
    expect(quotes('According to a statement from the ministry, 12 people were hurt.').map(brief)).toEqual([['a statement from the ministry', 'According to', 'reported', '12 people were hurt']]);
    expect(quotes('Twelve people were hurt, according to a report by the fire service.').map((q) => q.speaker)).toEqual(['a report by the fire service']);
    expect(quotes('According to the fire service over 300 homes were flooded.').map(brief)).toEqual([['the fire service', 'According to', 'reported', 'over 300 homes were flooded']]);
  });

  it('a past participle between the source and its cue stands aside; a verb of the sentence does not', () => {
    expect(quotes('The survey, published in March, suggests that rents will rise.').map(brief)).toEqual([['The survey', 'suggests', 'reported', 'rents will rise']]);
    expect(quotes('Anna Berg, adviser to Mayor Tom Lee, rejected the claims in an interview, insisting that the budget was sound.').map((q) => q.speaker)).toEqual(['Anna Berg']);
  });

  it('a quantifier after the subject (`both said`), a participle in the adverbial before `that`', () => {
    expect(quotes('The unions both said the offer was fair.').map(brief)).toEqual([['The unions', 'said', 'reported', 'the offer was fair']]);
    expect(quotes('The agency said in a report released Thursday that the air was cleaner.').map(brief)).toEqual([['The agency', 'said', 'reported', 'the air was cleaner']]);
  });

  it('`she` is not a man the article calls Mr., nor `he` its spokeswoman', () => {
    expect(quotes('Mr. Tom Lee met Ms. Anna Berg on Monday.', '"We disagree," she said.').map((q) => q.speaker)).toEqual(['Anna Berg']);
    expect(quotes('Ministry spokeswoman Anna Berg met Tom Lee on Monday.', '"We agree," he said.').map((q) => q.speaker)).toEqual(['Tom Lee']);
  });

  it('a colon after a lead-in with no cue: the person it opens with said the quotation', () => {
    expect(quotes('Anna Berg was blunt: "We failed."').map(brief)).toEqual([['Anna Berg', null, 'direct', 'We failed.']]);
    expect(quotes('Anna Berg spoke on Monday.', 'Berg’s answer was short: "No."').map(brief)).toEqual([['Anna Berg', null, 'direct', 'No.']]);
    expect(quotes('Update: "The road is closed."')).toEqual([]);
    expect(quotes('The sign on the door read: "Closed."')).toEqual([]);
  });

  it('told reporters (that) …, urged someone to …', () => {
    expect(quotes('Anna Berg told reporters the vote would be close.').map(brief)).toEqual([['Anna Berg', 'told', 'reported', 'the vote would be close']]);
    expect(quotes('Anna Berg urged the council to delay the vote.').map(brief)).toEqual([['Anna Berg', 'urged', 'reported', 'the council to delay the vote']]);
  });

  it('verbs that judge report what someone said only with that or a quotation', () => {
    expect(quotes('The union praised the plan.')).toEqual([]);
    expect(quotes('The union called the plan "a betrayal of every worker".').map((q) => q.kind)).toEqual(['mixed']);
  });

  it('no statement: a verb of saying bidden, negated, after a modal, or an infinitive; an object that is no claim', () => {
    expect(quotes('Tell the council what you think of the plan.')).toEqual([]);
    expect(quotes('Anna Berg did not say whether the plan had failed.')).toEqual([]);
    expect(quotes('Anna Berg could argue that the plan had failed.')).toEqual([]);
    expect(quotes('Anna Berg declined to say when the vote would be held.')).toEqual([]);
    expect(quotes('Police found the car in a river.')).toEqual([]);
  });
});

describe('what the model misreads, read by the shape around it', () => {
  it('a verb taken for a noun or an adjective, between a subject and a clause or a quotation', () => {
    expect(quotes('Prosecutors alleged that the clerk had lied.').map(brief)).toEqual([['Prosecutors', 'alleged', 'reported', 'the clerk had lied']]);
    expect(quotes('The studies show the bridge was unsafe.').map((q) => [q.speaker, q.cue])).toEqual([['The studies', 'show']]);
  });

  it('`that` after a cue and its addressee opens the clause, a comma after it or not', () => {
    const [q] = quotes('Mr. Lund told the court that, over the last five months, "the bridge was never safe."');
    expect([q!.speaker, q!.kind, q!.fragments]).toEqual(['Lund', 'mixed', ['the bridge was never safe.']]);
  });
});

describe('where a cue stands in its sentence', () => {
  it('words of time after the cue, then only adverbials: the clause before it is what was said', () => {
    expect(quotes('The river had peaked, Ana Ruiz said Tuesday in an interview with the paper.').map(brief)).toEqual([['Ana Ruiz', 'said', 'reported', 'The river had peaked']]);
  });

  it('a role after the name that follows its cue is the role, not what was said', () => {
    expect(quotes('Prices will rise, said Ana Ruiz, a fellow at the Harbour Institute.').map((q) => [q.speaker, q.role, q.text])).toEqual([['Ana Ruiz', 'a fellow at the Harbour Institute', 'Prices will rise']]);
  });

  it('a verb that goes on with the saying; one that declines it', () => {
    expect(quotes('The mayor continues to insist the bridge is safe.').map((q) => q.cue)).toEqual(['insist']);
    expect(quotes('The mayor declined to say whether the bridge is safe.')).toEqual([]);
  });

  it('an opening subordinate clause holds its own statement; `As X told Y,` says what follows', () => {
    expect(quotes('Although residents suggested the bridge was unsafe, the mayor told reporters it would reopen.').map(brief)).toEqual([
      ['residents', 'suggested', 'reported', 'the bridge was unsafe'],
      ['the mayor', 'told', 'reported', 'it would reopen'],
    ]);
    expect(quotes('As Ana Ruiz told the paper, the river had peaked.').map(brief)).toEqual([['Ana Ruiz', 'told', 'reported', 'the river had peaked']]);
  });
});

describe('phrases by their parts', () => {
  it('nouns joined by and, and a relative clause without commas, inside a subject', () => {
    expect(quotes('Computers and phones have seen price rises, too, said Ana Ruiz, an economist.').map((q) => [q.speaker, q.text])).toEqual([['Ana Ruiz', 'Computers and phones have seen price rises, too']]);
    expect(quotes('Ten of the staff who worked that night were on overtime, according to the records.').map((q) => q.speaker)).toEqual(['the records']);
  });

  it('an -ing word before a noun in a role, and no statement that opens with who or with a preposition', () => {
    expect(quotes('Jon Lund, president and chief operating officer of Harbour Lines, said that ferries would run.').map((q) => q.speaker)).toEqual(['Jon Lund']);
    expect(quotes('The clerk, testifying who had seen the ballots, left.')).toEqual([]);
    expect(quotes('The referee confirmed with the assistant on the line.')).toEqual([]);
  });
});

describe('speakers', () => {
  it('a role before the name, an appositive role after it, and the role given once', () => {
    expect(quotes('County elections director Sam Whitfield said the count would end on Friday.').map((q) => [q.speaker, q.role])).toEqual([['Sam Whitfield', 'County elections director']]);
    expect(quotes('Sam Whitfield, the county elections director, said the count would end on Friday.').map((q) => [q.speaker, q.role])).toEqual([['Sam Whitfield', 'the county elections director']]);
  });

  it('the role first and the name between commas: the name speaks', () => {
    expect(quotes('“The count is clean,” the director, Sam Whitfield, told reporters.').map((q) => [q.speaker, q.role])).toEqual([['Sam Whitfield', 'the director']]);
  });

  it('a surname, a pronoun and a title resolve to the fullest name the article gives', () => {
    const found = quotes('Senator Maria Alvarez said the bill would pass.', 'Alvarez said the vote was close.', 'She said the count would end on Friday.', 'The senator said she was confident.');
    expect(found.map((q) => q.speaker)).toEqual(['Maria Alvarez', 'Maria Alvarez', 'Maria Alvarez', 'Maria Alvarez']);
  });

  it('a pronoun later in a sentence stands for the sentence’s subject', () => {
    const found = quotes('Anna Berg said the count was over.', 'The clerk, Jon Lund, has worked there for years, and knows, he says, “every voter by name”.');
    expect(found.at(-1)!.speaker).toBe('Jon Lund');
  });

  it('a name the model takes for a word is a name: `Cook said`', () => {
    expect(quotes('Tim Cook spoke first.', 'Cook said the market had changed.').map((q) => q.speaker)).toEqual(['Tim Cook']);
  });

  it('the company is the company named; a source the article does not name stays as it is written', () => {
    expect(quotes('Norvik Systems delayed the plant.', 'The company said the jobs would not be cut.').map((q) => q.speaker)).toEqual(['Norvik Systems']);
    expect(quotes('A senior official, who asked not to be named, said the talks had stalled.').map((q) => q.speaker)).toEqual(['A senior official']);
    expect(quotes('People familiar with the talks said a deal was close.').map((q) => q.speaker)).toEqual(['People familiar with the talks']);
  });

  it('a surname that is also a city is the person', () => {
    expect(quotes('Valeska Paris left the group in 2007.', 'Paris claims she was kept on the ship.').map((q) => q.speaker)).toEqual(['Valeska Paris']);
  });
});

describe('any input', () => {
  it('never throws: any Unicode, unbalanced and repeated quotation marks', () => {
    const piece = fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', ' said ', ' according to ', 'He', ' she ', 'Anna Berg', ', ', '. ', 'that ', '—', '(', ')', 'Tell', 'the council', ':', ' Constructor ', ' toString ', ' HasOwnProperty ', '__proto__');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 40 }), (parts) => {
        expect(Array.isArray(quotes(parts.join('')))).toBe(true);
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('a name spelled like a member of every object is a name', () => {
    expect(quotes('Constructor said the plan had failed.', 'ToString told reporters the vote was close.').map((q) => q.speaker)).toEqual(['Constructor', 'ToString']);
  });

  it('reads 10,000 quotation marks and a 1 MB paragraph in one pass', () => {
    expect(Array.isArray(quotes('“'.repeat(10_000)))).toBe(true);
    const paragraph = '“We will rebuild,” Anna Berg said. The council agreed that the bridge would reopen. '.repeat(12_000);
    expect(quotes(paragraph).length).toBeGreaterThan(20_000);
  }, 30_000);

  // Each cue once looked at every later cue, and at every comma after it: a sentence of thousands
  // of cues took seconds per sentence. The timeout is about ten times what one pass takes.
  it('reads sentences of thousands of cues each, a megabyte of them, in one pass', () => {
    const sentence = 'Although ' + 'Anna Berg said that Tom Lee, but Carl Ray said, saying '.repeat(2_400) + 'it rained. ';
    expect(quotes(sentence.repeat(8)).length).toBeGreaterThan(8);
  }, 15_000);
});
