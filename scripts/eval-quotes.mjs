// npm run eval:quotes — scores `kara-news read --quotes --json` against every gold file
// (*.quotes.json) under tests/fixtures/, and prints precision, recall, F1 and speaker accuracy.
// Pass -v to list misses, extras and wrong speakers.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreQuotes } from './quote-score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('-v');

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

/** @type {(string | number)[][]} */
const rows = [];
const total = { tp: 0, fp: 0, fn: 0, speakerRight: 0 };
for (const path of goldFiles(join(root, 'tests', 'fixtures')).sort()) {
  const gold = JSON.parse(readFileSync(path, 'utf8'));
  const args = [join(root, 'bin', 'kara-news.js'), 'read', articleFor(path, gold.article), '--quotes', '--json'];
  const found = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })).quotes;
  const s = scoreQuotes(gold.quotes, found, gold.aliases);
  total.tp += s.tp;
  total.fp += s.fp;
  total.fn += s.fn;
  total.speakerRight += s.speakerRight;
  rows.push([relative(root, path), s.precision, s.recall, s.f1, s.speakerAccuracy, `${s.tp}/${s.tp + s.fn}`, s.fp]);
  if (verbose) {
    for (const m of s.misses) console.log(`  miss   ${m.speaker}: ${m.text}`);
    for (const e of s.extras) console.log(`  extra  ${e.speaker}: ${e.text}`);
    for (const w of s.wrongSpeakers) console.log(`  who?   ${w.found.speaker} (gold ${w.gold.speaker}): ${w.gold.text}`);
  }
}
const p = total.tp / Math.max(1, total.tp + total.fp);
const r = total.tp / Math.max(1, total.tp + total.fn);
rows.push(['all (micro)', p, r, (2 * p * r) / Math.max(1e-9, p + r), total.speakerRight / Math.max(1, total.tp), `${total.tp}/${total.tp + total.fn}`, total.fp]);

const header = ['gold file', 'precision', 'recall', 'F1', 'speaker acc.', 'found', 'extra'];
const table = [header, ...rows.map((row) => row.map((v, i) => (i >= 1 && i <= 4 ? Number(v).toFixed(3) : String(v))))];
const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
for (const row of table) console.log(row.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  '));
