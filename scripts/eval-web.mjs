// npm run eval:web — how well kara-news reads web pages, on the benchmark pages in ../shared
// when they are there (never copied into the repository):
//   - web-aeb: 181 news pages with the article text people read there; the article-extraction
//     benchmark's metric (word 4-gram shingles, precision and recall averaged over pages) on what
//     `read PAGE --plain` prints, computed in one process through the library;
//   - web-readability: Mozilla Readability's 128 test pages; the title, byline and published date
//     `read PAGE --json` reports, against the metadata a reader view should find; and the text,
//     scored as web-aeb's is, against the article Readability itself extracts (another program's
//     output, not a person's: a disagreement may be either's miss, but a page far off is worth a look).
// For the figure on the command line itself (a process a page, as a user runs it):
//   python3 ../shared/score_web.py shingles 'node bin/kara-news.js read {} --plain' \
//     ../shared/web-aeb ../shared/web-aeb/ground-truth.json --jobs 2
//
//   node scripts/eval-web.mjs [-v] [--aeb-only] [--meta-only] [--page ID] [--half a|b]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const argv = process.argv.slice(2);
const verbose = argv.includes('-v');
const only = argv.includes('--page') ? argv[argv.indexOf('--page') + 1] : null;
// --half a|b: every other page of each set, by sorted id: develop on one half, report the other.
const half = argv.includes('--half') ? argv[argv.indexOf('--half') + 1] : null;
/** True when the page at this index of a sorted list is in the half asked for (every page without --half). */
const inHalf = (/** @type {number} */ i) => half === null || (half === 'a' ? i % 2 === 0 : i % 2 === 1);
const { loadArticle, renderPlain, renderMarkdown } = await import(join(root, 'dist', 'index.js'));

/** @typedef {[number, number, number]} Counts true positives, false positives, false negatives, summing to 1 */

/**
 * Word 4-gram shingles of a text, counted (the benchmark's \w+ tokens: letters, digits, underscore).
 * @param {string} text
 */
function shingles(text) {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const grams = new Map();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const g = tokens.slice(i, i + 4).join('\u0001');
    if (g) grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/**
 * A page's true positives, false positives and false negatives, normalised to sum to 1.
 * @param {string} truth
 * @param {string} predicted
 * @returns {Counts}
 */
function counts(truth, predicted) {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  for (const [g, n] of t) tp += Math.min(n, p.get(g) ?? 0);
  const sum = (/** @type {Map<string, number>} */ m) => [...m.values()].reduce((a, b) => a + b, 0);
  const fp = sum(p) - tp;
  const fn = sum(t) - tp;
  const total = tp + fp + fn;
  return total === 0 ? [0, 0, 0] : [tp / total, fp / total, fn / total];
}
const precision = (/** @type {Counts} */ [tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp + fp ? tp / (tp + fp) : 0);
const recall = (/** @type {Counts} */ [tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp + fn ? tp / (tp + fn) : 0);
const mean = (/** @type {number[]} */ xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Pages whose output holds a carriage return or a NUL (none may). */
/** @type {string[]} */
const controlPages = [];

/** Pages whose --markdown did not read back as the same plain text. */
/** @type {string[]} */
const roundTripMisses = [];

/**
 * What `read PAGE --plain` prints, and the same without its header (the title and byline lines,
 * which the benchmark's gold leaves out, as it leaves out every headline); '' when refused.
 * @param {string} path
 */
async function plainText(path) {
  try {
    const article = await loadArticle(path);
    const all = renderPlain(article);
    if (/[\r\0]/.test(all)) controlPages.push(path);
    // What --markdown saves must read back as the same text.
    const again = renderPlain(await loadArticle({ markdown: renderMarkdown(article), name: article.name }));
    if (again !== all) roundTripMisses.push(path);
    const parts = all.split('\n\n');
    if (parts[0] === article.meta.title) parts.shift();
    const { date, author, dateline } = article.meta;
    if (parts[0] !== undefined && (date || author || dateline) && !parts[0].includes('\n') && [author, dateline].some((x) => x && parts[0].includes(x)) || /^\d{1,2} \p{L}+ \d{4}( ·|$)/u.test(parts[0] ?? '')) parts.shift();
    return { article, all, body: parts.join('\n\n') };
  } catch (err) {
    if (verbose) console.log(`  refused: ${/** @type {Error} */ (err).message}`);
    return { article: null, all: '', body: '' };
  }
}

if (!existsSync(shared)) {
  console.log(`../shared is not here (looked in ${shared}); nothing to measure`);
  process.exit(0);
}

if (!argv.includes('--meta-only')) {
  const dir = join(shared, 'web-aeb');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  /** @type {[string, Counts][]} */
  const rows = [];
  /** @type {[string, Counts][]} */
  const bodies = [];
  const started = performance.now();
  for (const [i, [id, { articleBody }]] of Object.entries(truth).sort(([x], [y]) => (x < y ? -1 : 1)).entries()) {
    if ((only && !id.startsWith(only)) || !inHalf(i)) continue;
    const { all, body } = await plainText(join(dir, `${id}.html`));
    const c = counts(articleBody, all);
    rows.push([id, c]);
    bodies.push([id, counts(articleBody, body)]);
    if (verbose) console.log(`P=${precision(c).toFixed(3)} R=${recall(c).toFixed(3)} ${id}`);
  }
  const ms = (performance.now() - started) / rows.length;
  const line = (/** @type {string} */ label, /** @type {[string, Counts][]} */ rs) => {
    const P = mean(rs.filter(([, c]) => c[0] + c[1] > 0).map(([, c]) => precision(c)));
    const R = mean(rs.filter(([, c]) => c[0] + c[2] > 0).map(([, c]) => recall(c)));
    return `${label}: F1=${((2 * P * R) / (P + R)).toFixed(3)} P=${P.toFixed(3)} R=${R.toFixed(3)}`;
  };
  console.log(`${line('web-aeb, read PAGE --plain', rows)} pages=${rows.length} (${ms.toFixed(1)} ms a page in one process)`);
  console.log(`${line('web-aeb, the same without the title and byline lines', bodies)}`);
  console.log(`web-aeb, --markdown read back: ${rows.length - roundTripMisses.length}/${rows.length} pages print the same text${roundTripMisses.length ? ` (not: ${roundTripMisses.map((p) => (p.split('/').pop() ?? p).slice(0, 10)).join(', ')})` : ''}`);
}

/** Says how many pages printed a carriage return or a NUL: none may. */
const reportControls = () => console.log(`pages that print a carriage return or a NUL: ${controlPages.length}${controlPages.length ? ` (${controlPages.map((p) => p.split('/').slice(-2).join('/')).join(', ')})` : ''}`);

if (!argv.includes('--aeb-only')) {
  const dir = join(shared, 'web-readability');
  /** Text compared as a reader sees it: white space collapsed, case folded. */
  const norm = (/** @type {string | null | undefined} */ s) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  /** A byline's names, without a leading "By": `By Ann Lee, Bo Chan` and `Ann Lee and Bo Chan` name the same people. */
  const names = (/** @type {string | null | undefined} */ s) => norm(s).replace(/^(?:by|par|von|written by)\s+/, '').split(/\s*(?:,|;|&|\band\b)\s*/).filter(Boolean).sort().join('|');
  const day = (/** @type {string | null | undefined} */ s) => (s ? (/^\d{4}-\d{2}-\d{2}/.exec(s)?.[0] ?? s) : null);
  /** @type {Record<'title' | 'byline' | 'date' | 'dated', [number, number]>} */
  const tally = { title: [0, 0], byline: [0, 0], date: [0, 0], dated: [0, 0] };
  /** Readability's extracted HTML as text: scripts and styles out, tags as white space, references decoded. */
  const { decodeHTML } = await import('entities');
  const htmlText = (/** @type {string} */ html) => decodeHTML(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '));
  /** @type {[string, Counts][]} */
  const texts = [];
  for (const [i, page] of readdirSync(dir).sort().entries()) {
    const expectedPath = join(dir, page, 'expected-metadata.json');
    if (!existsSync(expectedPath) || (only && !page.startsWith(only)) || !inHalf(i)) continue;
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    if (!expected.readerable) continue;
    // Each page read once: its metadata and its text (a page kara-news refuses reports nothing).
    const { article, all } = await plainText(join(dir, page, 'source.html'));
    /** @type {{ title: string | null, author: string | null, date: string | null }} */
    const meta = article?.meta ?? { title: null, author: null, date: null };
    const extracted = join(dir, page, 'expected.html');
    if (existsSync(extracted)) {
      const c = counts(htmlText(readFileSync(extracted, 'utf8')), all);
      texts.push([page, c]);
      if (verbose) console.log(`text   ${page}: P=${precision(c).toFixed(3)} R=${recall(c).toFixed(3)} against Readability's`);
    }
    const checks = {
      title: norm(meta.title) === norm(expected.title),
      byline: names(meta.author) === names(expected.byline),
      date: day(meta.date) === day(expected.publishedTime),
    };
    if (expected.publishedTime) {
      tally.dated[0] += checks.date ? 1 : 0;
      tally.dated[1] += 1;
    }
    for (const [k, ok] of /** @type {['title' | 'byline' | 'date', boolean][]} */ (Object.entries(checks))) {
      tally[k][0] += ok ? 1 : 0;
      tally[k][1] += 1;
      if (verbose && !ok) console.log(`${k.padEnd(6)} ${page}: got ${JSON.stringify(k === 'title' ? meta.title : k === 'byline' ? meta.author : meta.date)}, expected ${JSON.stringify(k === 'title' ? expected.title : k === 'byline' ? expected.byline : expected.publishedTime)}`);
    }
  }
  const pct = (/** @type {[number, number]} */ [ok, n]) => `${ok}/${n} (${((100 * ok) / Math.max(1, n)).toFixed(1)}%)`;
  console.log(`web-readability (readerable pages): titles ${pct(tally.title)}, bylines ${pct(tally.byline)}, dates ${pct(tally.date)} (${pct(tally.dated)} of the pages whose gold has a date)`);
  const P = mean(texts.filter(([, c]) => c[0] + c[1] > 0).map(([, c]) => precision(c)));
  const R = mean(texts.filter(([, c]) => c[0] + c[2] > 0).map(([, c]) => recall(c)));
  console.log(`web-readability, read PAGE --plain against the text Readability extracts (${texts.length} pages): F1=${((2 * P * R) / (P + R)).toFixed(3)} P=${P.toFixed(3)} R=${R.toFixed(3)}`);
}

reportControls();
