// npm run eval:quotes — scores `kara-news read --quotes` against gold files: every *.quotes.json
// under tests/fixtures/ (the project's own), and, when it is there, ../shared/quotes-dev (real
// Wikinews articles with gold derived from the GUM corpus; read from there, never copied here).
// and ../shared/quotes-dev-web (modern news pages, hand-annotated), each on its own and together.
// Prints precision, recall, F1 and speaker accuracy per file, per set and per kind of statement
// (direct, mixed, reported). Pass -v to list each miss, extra and wrong speaker, --half a|b for
// every other article of each development set.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreQuotes } from './quote-score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('-v');
// --half a|b: every other article of each development set (by sorted name). Rules are developed on
// one half and checked on the other, so a rule that learned one article shows as no gain there.
const half = process.argv.includes('--half') ? process.argv[process.argv.indexOf('--half') + 1] : null;
/** The gold files of a development set in the half asked for (all of them without --half). */
const inHalf = (/** @type {string[]} */ paths) => paths.sort().filter((_, i) => half === null || (half === 'a' ? i % 2 === 0 : i % 2 === 1));
const { loadArticle, quotes } = await import(join(root, 'dist', 'index.js'));

/**
 * Every gold file under a folder.
 * @param {string} dir
 * @returns {string[]}
 */
function goldFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? goldFiles(join(dir, e.name)) : e.name.endsWith('.quotes.json') ? [join(dir, e.name)] : [],
  );
}

/**
 * The article a gold file scores: a Markdown file beside it, or else a bundled slug.
 * @param {string} goldPath
 * @param {string} slug
 */
function articleFor(goldPath, slug) {
  const beside = join(dirname(goldPath), `${slug}.md`);
  return existsSync(beside) ? beside : slug;
}

/** @typedef {{ tp: number, fp: number, fn: number, speakerRight: number, speakerExact: number }} Tally */

/** @returns {Tally} */
const emptyTally = () => ({ tp: 0, fp: 0, fn: 0, speakerRight: 0, speakerExact: 0 });

/**
 * Precision, recall, F1 and speaker accuracy of a tally.
 * @param {Tally} t
 */
function rates(t) {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  return [p, r, (2 * p * r) / Math.max(1e-9, p + r), t.speakerRight / Math.max(1, t.tp), t.speakerExact / Math.max(1, t.tp)];
}

/**
 * Scores one set of gold files; prints a row per file, then the set's totals and its kinds.
 * @param {string} label
 * @param {string[]} paths
 */
async function scoreSet(label, paths, totals = emptyTally()) {
  /** @type {(string | number)[][]} */
  const rows = [];
  const total = emptyTally();
  /** @type {Record<string, Tally>} */
  const kinds = { direct: emptyTally(), mixed: emptyTally(), reported: emptyTally() };
  for (const path of paths.sort()) {
    const gold = JSON.parse(readFileSync(path, 'utf8'));
    const found = await quotes(await loadArticle(articleFor(path, gold.article)));
    const s = scoreQuotes(gold.quotes, found, gold.aliases);
    for (const k of /** @type {const} */ (['tp', 'fp', 'fn', 'speakerRight', 'speakerExact'])) {
      total[k] += s[k];
      totals[k] += s[k];
    }
    // By kind: gold statements by their kind (recall, speakers), found extras by theirs (precision).
    for (const [kind, tally] of Object.entries(kinds)) {
      const k = kindScore(gold.quotes.filter((/** @type {{ kind?: string }} */ q) => (q.kind ?? 'reported') === kind), found, kind, gold.aliases, s);
      for (const key of /** @type {const} */ (['tp', 'fp', 'fn', 'speakerRight', 'speakerExact'])) tally[key] += k[key];
    }
    rows.push([relative(root, path).replace(/^\.\.\/shared\//, ''), ...rates(s), `${s.tp}/${s.tp + s.fn}`, s.fp]);
    if (verbose) {
      console.log(relative(root, path));
      for (const m of s.misses) console.log(`  miss   ${m.speaker}: ${m.text}`);
      for (const e of s.extras) console.log(`  extra  ${e.speaker}: ${e.text}`);
      for (const w of s.wrongSpeakers) console.log(`  who?   ${w.found.speaker} (gold ${w.gold.speaker}): ${w.gold.text}`);
    }
  }
  rows.push([`${label} (micro)`, ...rates(total), `${total.tp}/${total.tp + total.fn}`, total.fp]);
  for (const [kind, tally] of Object.entries(kinds)) rows.push([`  ${kind}`, ...rates(tally), `${tally.tp}/${tally.tp + tally.fn}`, tally.fp]);
  return rows;
}

/**
 * A file's score for one kind: the gold statements of that kind against everything found (for
 * recall and speakers), and the found statements of that kind that matched nothing (precision).
 * @param {{ speaker: string, text: string, required?: boolean }[]} goldOfKind
 * @param {{ speaker: string | null, text: string, kind: string }[]} found
 * @param {string} kind
 * @param {Record<string, string[]>} aliases
 * @param {ReturnType<typeof scoreQuotes>} whole
 * @returns {Tally}
 */
function kindScore(goldOfKind, found, kind, aliases, whole) {
  const matched = scoreQuotes(goldOfKind, found, aliases);
  const extras = found.filter((f) => f.kind === kind && whole.extras.includes(f)).length;
  return { tp: matched.tp, fp: extras, fn: matched.fn, speakerRight: matched.speakerRight, speakerExact: matched.speakerExact };
}

// Speakers: as the same person or body (a fuller or shorter form of the gold's name counts), and
// letter for letter as the gold or one of its aliases.
const header = ['gold file', 'precision', 'recall', 'F1', 'speaker', 'exact', 'found', 'extra'];
const table = [header, ...(await scoreSet('fixtures', goldFiles(join(root, 'tests', 'fixtures'))))];
const dev = join(root, '..', 'shared', 'quotes-dev');
const devWeb = join(root, '..', 'shared', 'quotes-dev-web');
const together = emptyTally();
if (existsSync(dev)) table.push(...(await scoreSet(`quotes-dev${half ? ` half ${half}` : ''}`, inHalf(goldFiles(dev)), together)));
if (existsSync(devWeb)) table.push(...(await scoreSet(`quotes-dev-web${half ? ` half ${half}` : ''}`, inHalf(goldFiles(devWeb)), together)));
if (existsSync(dev) && existsSync(devWeb)) table.push([`both development sets${half ? ` half ${half}` : ''} (micro)`, ...rates(together), `${together.tp}/${together.tp + together.fn}`, together.fp]);
const cells = table.map((row, r) => row.map((v, i) => (r > 0 && i >= 1 && i <= 5 ? Number(v).toFixed(3) : String(v))));
const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
for (const row of cells) console.log(row.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  '));
if (!existsSync(dev)) console.log(`\n(../shared/quotes-dev is not here, looked in ${dev}: scored the fixtures only)`);
