import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreQuotes } from '../../scripts/quote-score.mjs';
import { fixture, hasEscape, runBin, runMain, runPty, visible } from '../helpers/run.js';

interface GoldFile {
  article: string;
  quotes: { speaker: string; cue: string | null; kind: string; text: string; section: number; paragraph: number; required: boolean; fragments?: string[] }[];
  aliases?: Record<string, string[]>;
}

const bundledGold = JSON.parse(readFileSync(fixture('azerbaijan-denies-ethnic-cleansing.quotes.json'), 'utf8')) as GoldFile;

/** --quotes --json for an article, parsed. */
async function quotesOf(article: string) {
  const r = await runMain(['read', article, '--quotes', '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { article: string; quotes: { speaker: string; role: string | null; cue: string | null; kind: string; text: string; fragments: string[]; section: number; paragraph: number }[] };
}

describe('quotes in the bundled article, against the gold file', () => {
  it('finds every required statement with the right speaker, and nothing else: precision and recall 1.0', async () => {
    const { quotes } = await quotesOf('azerbaijan-denies-ethnic-cleansing');
    const score = scoreQuotes(bundledGold.quotes, quotes, bundledGold.aliases);
    expect({ misses: score.misses, extras: score.extras, wrong: score.wrongSpeakers }).toEqual({ misses: [], extras: [], wrong: [] });
    expect([score.precision, score.recall, score.speakerAccuracy]).toEqual([1, 1, 1]);
  });

  it('matches the gold text, cue, kind, place and fragments of each required statement exactly', async () => {
    const { quotes } = await quotesOf('azerbaijan-denies-ethnic-cleansing');
    const required = bundledGold.quotes.filter((q) => q.required);
    expect(quotes.map(({ speaker, cue, kind, text, section, paragraph }) => ({ speaker, cue, kind, text, section, paragraph }))).toEqual(
      required.map(({ speaker, cue, kind, text, section, paragraph }) => ({ speaker, cue, kind, text, section, paragraph })),
    );
    for (const q of quotes.filter((x) => x.kind === 'mixed')) {
      expect(q.fragments).toEqual(required.find((g) => g.text === q.text)!.fragments);
    }
  });

  it('gives the speaker the role the article gives him', async () => {
    const { quotes } = await quotesOf('azerbaijan-denies-ethnic-cleansing');
    expect(quotes.find((q) => q.speaker === 'Hikmet Hajiyev')!.role).toBe('diplomatic advisor to Azerbaijani President Ilham Aliyev');
  });
});

describe.each(readdirSync(fixture('quotes')).filter((f) => f.endsWith('.quotes.json')))('quotes in test article %s', (name) => {
  it('scores F1 of at least 0.85 and speaker accuracy of at least 0.9 against its gold', async () => {
    const gold = JSON.parse(readFileSync(fixture(`quotes/${name}`), 'utf8')) as GoldFile;
    const { quotes } = await quotesOf(fixture(`quotes/${gold.article}.md`));
    const score = scoreQuotes(gold.quotes, quotes, gold.aliases);
    expect(score.f1, JSON.stringify({ misses: score.misses, extras: score.extras })).toBeGreaterThanOrEqual(0.85);
    expect(score.speakerAccuracy, JSON.stringify(score.wrongSpeakers)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('kara-news read --quotes', () => {
  it('piped: one statement per line, speaker<TAB>cue<TAB>kind<TAB>text', () => {
    const r = runBin(['read', '--quotes']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('Azerbaijan\tdenied\treported\tallegations of ethnic cleansing in the Nagorno-Karabakh region');
    expect(lines[6]).toBe('Hikmet Hajiyev\tstated\tmixed\tAzerbaijan had detained “five to six” individuals accused of war crimes');
    for (const line of lines) expect(line.split('\t')).toHaveLength(4);
  });

  it('--section narrows to those sections, --speaker filters by name or role', () => {
    const section2 = runBin(['read', '--quotes', '--section', '2']).stdout.trimEnd().split('\n');
    expect(section2.map((l) => l.split('\t')[1])).toEqual(['stated', 'clarifying', 'assured', 'noted', 'affirmed']);
    const hajiyev = runBin(['read', '--quotes', '--speaker', 'hajiyev']).stdout.trimEnd().split('\n');
    expect(hajiyev).toHaveLength(9);
    expect(runBin(['read', '--quotes', '--speaker', 'diplomatic advisor']).stdout).toBe(runBin(['read', '--quotes', '--speaker', 'hajiyev']).stdout);
  });

  it('--json has the documented shape, section and paragraph as in --sections', async () => {
    const doc = await quotesOf('azerbaijan-denies-ethnic-cleansing');
    expect(doc.article).toBe('azerbaijan-denies-ethnic-cleansing');
    expect(Object.keys(doc.quotes[0]!)).toEqual(['speaker', 'role', 'cue', 'kind', 'text', 'fragments', 'section', 'paragraph']);
  });

  it('in a terminal: grouped by speaker, name and role once, cue and place per statement, fragments highlighted', () => {
    const r = runPty(['read', '--quotes'], { columns: 100 });
    expect(r.code).toBe(0);
    const text = visible(r.stdout);
    expect(text.match(/^Hikmet Hajiyev/gm)).toHaveLength(1);
    // At the 80-column measure the role does not fit beside the name, so it gets its own line.
    expect(text).toContain('Hikmet Hajiyev  9 statements\n  diplomatic advisor to Azerbaijani President Ilham Aliyev\n');
    expect(visible(runPty(['read', '--quotes', '--width', '100'], { columns: 120 }).stdout)).toContain(
      'Hikmet Hajiyev, diplomatic advisor to Azerbaijani President Ilham Aliyev  9 statements\n',
    );
    expect(text).toContain('  stated · mixed · §2 ¶2\n    Azerbaijan had detained “five to six” individuals accused of war crimes');
    expect(r.stdout).toMatch(/“\u001b\[33mfive to six\u001b\[39m”/);
  });

  it('works on any article read accepts: a file and standard input', () => {
    const stdin = runBin(['read', '-', '--quotes'], { input: '“We will win,” said Jane Doe, the team captain.\n' });
    expect(stdin).toEqual({ stdout: 'Jane Doe\tsaid\tdirect\tWe will win\n', stderr: '', code: 0 });
    const none = runBin(['read', '-', '--quotes'], { input: 'Nobody says anything here.\n' });
    expect(none).toEqual({ stdout: '', stderr: "kara-news: no quotations found in standard input\n", code: 0 });
  });

  it('errors: --speaker alone, an unknown speaker, --quotes with --sections', () => {
    const alone = runBin(['read', '--speaker', 'x']);
    expect([alone.code, alone.stderr]).toEqual([64, "kara-news: --speaker filters quotes; add --quotes (see 'kara-news read --help')\n"]);
    const nobody = runBin(['read', '--quotes', '--speaker', 'Smith']);
    expect([nobody.code, nobody.stdout]).toEqual([1, '']);
    expect(nobody.stderr).toBe("kara-news: no quotes by 'Smith'; speakers: Azerbaijan, Hikmet Hajiyev\n");
    const both = runBin(['read', '--quotes', '--sections']);
    expect(both.code).toBe(64);
    expect(hasEscape(both.stderr)).toBe(false);
  });
});
