// npm run bench — measures kara-news against baselines taken in the same run, alternating
// command and baseline, and prints median, min, max, the ratio to the baseline and the target.
// A measuring instrument, not a test: it always exits 0.
//
//   node scripts/bench.mjs [--runs N] [--quick] [--startup-only] [--follow-only] [--no-follow] [--no-build] [--node PATH]
//
// --node runs kara-news and the baselines with another Node (say a Node 22, whose compile cache
// the bin turns on); the build is still made with this one.
//
// Start-up rows compare with `node -e 0`; large-input rows with a process that runs
// marked.lexer alone on the same text. The large article is real Markdown: every Markdown
// document under node_modules, concatenated (headings kept) and repeated up to 8 MB.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const runsArg = argv.indexOf('--runs');
// Start-up runs are short, so many rounds cost little and spread over the machine's bursts of noise.
const RUNS = runsArg >= 0 ? Number(argv[runsArg + 1]) : argv.includes('--quick') ? 5 : 51;
const LARGE_RUNS = Math.max(3, Math.min(9, Math.round(RUNS / 3)));
const bin = join(root, 'bin', 'kara-news.js');
const nodeArg = argv.indexOf('--node');
const node = nodeArg >= 0 ? /** @type {string} */ (argv[nodeArg + 1]) : process.execPath;
const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? '/tmp', LANG: 'C.UTF-8' };

/**
 * Wall time of one run of a command, in milliseconds. Output goes into a real pipe, as in
 * `kara-news read | grep`, and is discarded.
 * @param {string[]} args
 */
function time(args, home = '') {
  const start = process.hrtime.bigint();
  const r = spawnSync(node, args, { env: home ? { ...env, KARA_NEWS_HOME: home } : env, cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? /** @type {number} */ (s[m]) : (/** @type {number} */ (s[m - 1]) + /** @type {number} */ (s[m])) / 2;
};

/**
 * Times several commands against one baseline in rounds: each round runs every command, each
 * right after a run of the baseline. A burst of noise on this shared machine then falls on all
 * rows alike instead of on whichever row was running, and the order rotates each round so no
 * row always follows the heaviest.
 * @param {string[][]} commands
 * @param {string[]} baseline
 * @param {number} runs
 * @param {string} [home] the KARA_NEWS_HOME every run gets (a store the commands read)
 */
function compareRounds(commands, baseline, runs, home = '') {
  for (const args of commands) time(args, home);
  time(baseline, home);
  const results = commands.map(() => ({ a: /** @type {number[]} */ ([]), b: /** @type {number[]} */ ([]) }));
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < commands.length; j++) {
      const k = (i + j) % commands.length;
      results[k]?.b.push(time(baseline, home));
      results[k]?.a.push(time(/** @type {string[]} */ (commands[k]), home));
    }
  }
  return results;
}

/**
 * Times one command and its baseline alternately after a warm-up of each.
 * @param {string[]} args
 * @param {string[]} baseline
 * @param {number} runs
 * @param {string} [home]
 */
const compare = (args, baseline, runs, home = '') => /** @type {{ a: number[], b: number[] }} */ (compareRounds([args], baseline, runs, home)[0]);

/**
 * Peak resident memory of a command, in KiB: GNU time if present, else Python's getrusage.
 * @param {string[]} args
 * @returns {number | null}
 */
function peakKiB(args) {
  if (existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', node, ...args], { env, cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const kib = Number(r.stderr.trim().split('\n').pop());
    if (Number.isFinite(kib)) return kib;
  }
  const py = 'import resource,subprocess,sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)';
  const r = spawnSync('python3', ['-c', py, node, ...args], { env, cwd: root, encoding: 'utf8' });
  const kib = Number(r.stdout.trim());
  return r.status === 0 && Number.isFinite(kib) ? kib : null;
}

/** Every Markdown document under node_modules, concatenated: real text with every heading. */
function realMarkdown() {
  /** @type {string[]} */ const docs = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(md|markdown)$/i.test(e.name) && statSync(path).size < 1_000_000) docs.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(root, 'node_modules'));
  return docs.join('\n\n');
}

/**
 * Writes an article of about `mb` MB (repeating the corpus) and returns its path.
 * @param {string} corpus
 * @param {number} mb
 */
function largeArticle(corpus, mb) {
  const dir = join(tmpdir(), 'kara-news-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `large-${mb}mb.md`);
  const target = mb * 1024 * 1024;
  let text = '';
  while (Buffer.byteLength(text) < target) text += corpus + '\n\n';
  writeFileSync(path, text.slice(0, target));
  return path;
}

const fmt = (/** @type {number} */ ms) => ms.toFixed(1);
/** @type {string[][]} */
const table = [['command', 'median ms', 'min', 'max', 'baseline ms', 'ratio', 'target', '']];

/**
 * Adds a table row comparing a command with its baseline against a target ratio.
 * @param {string} label
 * @param {{ a: number[], b: number[] }} m
 * @param {number} target
 */
function row(label, { a, b }, target) {
  const ratio = median(a) / median(b);
  table.push([label, fmt(median(a)), fmt(Math.min(...a)), fmt(Math.max(...a)), fmt(median(b)), `${ratio.toFixed(2)}x`, `<= ${target}x`, ratio <= target ? 'pass' : 'FAIL']);
  return { ratio, a, b };
}

/** Prints the table so far, columns aligned. */
function printTable() {
  const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length))) ?? [];
  for (const r of table) console.log(r.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  '));
}

if (!argv.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const articlePath = join(root, 'articles', 'azerbaijan-denies-ethnic-cleansing.md');
const nodeBase = ['-e', '0'];

// Node 22.1 and later keep a compile cache of the CLI between runs (bin/kara-news.js); Node 20 has none.
const probe = spawnSync(node, ['-p', "process.version + ' ' + ('enableCompileCache' in require('node:module') ? 'on' : 'not in this Node')"], { env, encoding: 'utf8' }).stdout.trim().split(' ');
console.log(`kara-news bench: ${RUNS} rounds of alternating runs after a warm-up (${LARGE_RUNS} for large input), node ${probe[0]}, Node compile cache ${probe.slice(1).join(' ')}\n`);
/** Following the news (scripts/bench-follow.mjs): listing, refreshing, searching, reading a stored story. */
async function followRows() {
  const { benchFollow } = await import('./bench-follow.mjs');
  /** @param {string} label @param {number[]} ms @param {number} limit */
  const absolute = (label, ms, limit) => void table.push([label, fmt(median(ms)), fmt(Math.min(...ms)), fmt(Math.max(...ms)), '', '', `<= ${limit} ms`, median(ms) <= limit ? 'pass' : 'FAIL']);
  await benchFollow({ root, node, bin, env, runs: RUNS, largeRuns: LARGE_RUNS, compare, compareRounds, row, absolute });
}
if (argv.includes('--follow-only')) {
  await followRows();
  printTable();
  process.exit(0);
}

/** @type {[string, string[], number][]} */
const startupRows = [
  ['read (piped, plain)', [bin, 'read'], 1.2],
  ['read --color (styled)', [bin, 'read', '--color'], 1.3],
  ['read --sections', [bin, 'read', '--sections'], 1.2],
  ['read --quotes', [bin, 'read', '--quotes'], 1.3],
  ['read <file> --color', [bin, 'read', articlePath, '--color'], 1.7],
];
const startup = compareRounds(startupRows.map(([, args]) => args), nodeBase, RUNS);
startupRows.forEach(([label, , target], k) => row(label, /** @type {{ a: number[], b: number[] }} */ (startup[k]), target));

// Web pages as files: the benchmark pages in ../shared/web-aeb when they are there (never copied
// here), a different one each round, each right after a run of the baseline.
const pagesDir = join(root, '..', 'shared', 'web-aeb');
if (existsSync(pagesDir)) {
  const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort().map((f) => join(pagesDir, f));
  const a = [];
  const b = [];
  time([bin, 'read', /** @type {string} */ (pages[0])]);
  for (let i = 0; i < RUNS; i++) {
    b.push(time(nodeBase));
    a.push(time([bin, 'read', /** @type {string} */ (pages[(i * 7) % pages.length])]));
  }
  row(`read <page>.html (${Math.min(RUNS, pages.length)} of the web-aeb pages)`, { a, b }, 3.5);

  // A 5 MB page: the paragraphs of every benchmark page, their markup and class names as served,
  // under subheadings in one <article> with the navigation and footer a page has; within 2 s.
  // Paragraphs as a page writes them, not the ones inside scripts and JSON (escaped, or holding other tags' ends).
  const paragraphs = pages.flatMap((page) => readFileSync(page, 'utf8').match(/<p[\s>][\s\S]*?<\/p>/g) ?? []).filter((p) => !/\\|<\/?(?:script|div|body|html|head|section|article|ul|li|table)\b/i.test(p));
  const parts = [];
  let size = 0;
  for (let i = 0; size < 5 * 1048576; i++) {
    const part = `<h2>Part ${i + 1}</h2>\n${paragraphs.slice((i * 40) % paragraphs.length, ((i * 40) % paragraphs.length) + 40).join('\n')}\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  const bigPage = join(tmpdir(), 'kara-news-bench', 'page-5mb.html');
  mkdirSync(dirname(bigPage), { recursive: true });
  writeFileSync(bigPage, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Five megabytes</title></head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav><article><h1>Five megabytes</h1>\n${parts.join('')}</article><footer><p>© The Paper</p></footer></body></html>\n`);
  const page5 = compare([bin, 'read', bigPage], nodeBase, LARGE_RUNS).a;
  table.push(['5 MB page.html read', fmt(median(page5)), fmt(Math.min(...page5)), fmt(Math.max(...page5)), '', '', '<= 2000 ms', median(page5) <= 2000 ? 'pass' : 'FAIL']);
} else console.log(`(no ../shared/web-aeb here: the web page row is left out)\n`);

// Hostile pages (scripts/hostile-pages.mjs), each against a plain page of the same size: the worst
// ratio is the row, within 3x (linear, whatever the markup).
{
  const { hostilePages, plainPage } = await import('./hostile-pages.mjs');
  const dir = join(tmpdir(), 'kara-news-bench', 'hostile');
  mkdirSync(dir, { recursive: true });
  let worst = { name: '', ratio: 0, a: /** @type {number[]} */ ([]), b: /** @type {number[]} */ ([]) };
  for (const [i, [name, make]] of Object.entries(hostilePages).entries()) {
    const page = make();
    const hostile = join(dir, `${i}.html`);
    const plain = join(dir, `${i}-plain.html`);
    writeFileSync(hostile, page);
    writeFileSync(plain, plainPage(Buffer.byteLength(page)));
    const m = compare([bin, 'read', hostile], [bin, 'read', plain], Math.min(LARGE_RUNS, 3));
    const ratio = median(m.a) / median(m.b);
    if (ratio > worst.ratio) worst = { name, ratio, ...m };
  }
  row(`worst hostile page (${worst.name}) vs a plain page of its size`, worst, 3);
}

// --quotes on an article of a user's (not the bundled one, whose quotes are prebuilt; most of the
// time is the tagger's model loading, src/quotes/model.ts): the
// project's own quote fixtures, joined to about 1,000 words.
const userArticle = join(tmpdir(), 'kara-news-bench', 'user-article.md');
mkdirSync(dirname(userArticle), { recursive: true });
const fixturesDir = join(root, 'tests', 'fixtures', 'quotes');
const fixtureBodies = readdirSync(fixturesDir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(fixturesDir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
writeFileSync(userArticle, `# Five stories\n\n${fixtureBodies.join('\n\n')}`);
const userWords = readFileSync(userArticle, 'utf8').split(/\s+/).filter(Boolean).length;
row(`read <${userWords}-word article> --quotes`, compare([bin, 'read', userArticle, '--quotes'], nodeBase, RUNS), 8);

if (!argv.includes('--no-follow')) await followRows();

const kara = peakKiB([bin, 'read', '--color']);
const bare = peakKiB(nodeBase);
if (kara !== null && bare !== null) {
  const ratio = kara / bare;
  table.push(['peak memory, read --color', `${(kara / 1024).toFixed(1)} MiB`, '', '', `${(bare / 1024).toFixed(1)} MiB`, `${ratio.toFixed(2)}x`, '<= 1.3x', ratio <= 1.3 ? 'pass' : 'FAIL']);
}

if (argv.includes('--startup-only')) {
  printTable();
  process.exit(0);
}

const corpus = realMarkdown();
const big = largeArticle(corpus, 8);
const small = largeArticle(corpus, 1);
const markedJs = join(root, 'node_modules', 'marked', 'lib', 'marked.esm.js');
/** @param {string} file */
const lexerAlone = (file) => ['--input-type=module', '-e', `import { readFileSync } from 'node:fs'; import { marked } from ${JSON.stringify(markedJs)}; marked.lexer(readFileSync(${JSON.stringify(file)}, 'utf8'));`];

// --quotes is linear in size: a 1 MB article of prose and quotation within 3 s.
const quotes1 = compare([bin, 'read', small, '--quotes'], nodeBase, LARGE_RUNS).a;
table.push(['1 MB read --quotes', fmt(median(quotes1)), fmt(Math.min(...quotes1)), fmt(Math.max(...quotes1)), '', '', '<= 3000 ms', median(quotes1) <= 3000 ? 'pass' : 'FAIL']);

row('8 MB --sections vs marked.lexer', compare([bin, 'read', big, '--sections'], lexerAlone(big), LARGE_RUNS), 1.3);
const plain8 = row('8 MB read (piped) vs marked.lexer', compare([bin, 'read', big], lexerAlone(big), LARGE_RUNS), 2);
const color8 = row('8 MB read --color vs marked.lexer', compare([bin, 'read', big, '--color'], lexerAlone(big), LARGE_RUNS), 3);

// Growth: time per MB at 8 MB against time per MB at 1 MB, start-up (node -e 0) taken off both.
const nodeStart = median(compare(nodeBase, nodeBase, LARGE_RUNS).a);
for (const [label, args, at8] of /** @type {const} */ ([
  ['growth, read (piped)', [bin, 'read'], plain8],
  ['growth, read --color', [bin, 'read', '--color'], color8],
])) {
  const at1 = compare([...args, small], nodeBase, LARGE_RUNS).a;
  const perMb1 = (median(at1) - nodeStart) / 1;
  const perMb8 = (median(at8.a) - nodeStart) / 8;
  const ratio = perMb8 / perMb1;
  table.push([`${label}: ms/MB at 8 MB vs 1 MB`, fmt(perMb8), '', '', fmt(perMb1), `${ratio.toFixed(2)}x`, '<= 1.3x', ratio <= 1.3 ? 'pass' : 'FAIL']);
}

// The interactive reader, in a pseudo-terminal (util-linux script): the time to its first screen
// (the status line drawn) against read --color of the same article to its end, and on 8 MB the
// time a key takes to redraw (G to the end, g back to the top).
/**
 * Runs kara-news in a pseudo-terminal of 80x24; resolves with the ms until `ready` holds of
 * what the terminal got (or the run ends), after sending `keys` in turn, each when `ready` says.
 * @param {string[]} args
 * @param {((out: string) => boolean)[]} steps what the screen shows after each step
 * @param {string[]} keys a key to send after each step but the last
 * @returns {Promise<number[]>} ms from the start to each step
 */
function inTerminal(args, steps, keys) {
  return new Promise((resolve) => {
    const command = `stty cols 80 rows 24; exec ${[node, bin, ...args].map((a) => `'${a}'`).join(' ')}`;
    const start = performance.now();
    const child = spawn('script', ['-qec', command, '/dev/null'], { env: { ...env, TERM: 'xterm-256color' }, stdio: ['pipe', 'pipe', 'ignore'] });
    /** @type {number[]} */
    const times = [];
    let out = '';
    let from = 0;
    child.stdout.on('data', (chunk) => {
      out += chunk.toString('utf8');
      const step = steps[times.length];
      if (step && step(out.slice(from))) {
        times.push(performance.now() - start);
        from = out.length;
        const key = keys[times.length - 1];
        if (key !== undefined) child.stdin.write(key);
        if (times.length === steps.length) child.stdin.write('q');
      }
    });
    child.on('close', () => {
      if (times.length < steps.length) times.push(performance.now() - start);
      resolve(times);
    });
  });
}

const drawn = (/** @type {string} */ out) => out.includes('? keys');
const interactiveRounds = Math.max(5, Math.round(RUNS / 5));
/** @param {string} file @param {number} rounds */
async function firstScreen(file, rounds) {
  const a = [];
  const b = [];
  for (let i = 0; i < rounds; i++) {
    a.push((await inTerminal(['read', '-i', file], [drawn], []))[0] ?? 0);
    b.push((await inTerminal(['read', file, '--color', '--no-pager'], [() => false], []))[0] ?? 0);
  }
  return { a, b };
}
row(`read -i <fixture>: first screen vs read --color, in a terminal`, await firstScreen(join(root, 'tests', 'fixtures', 'layout', 'long-read.md'), interactiveRounds), 1.5);
row(`read -i 8 MB: first screen vs read --color, in a terminal`, await firstScreen(big, 3), 1.5);
{
  /** @type {number[]} */
  const keyMs = [];
  for (let i = 0; i < 3; i++) {
    const [shown, end, top] = await inTerminal(['read', '-i', big], [drawn, (o) => o.includes('100%'), (o) => / 0% /.test(o)], ['G', 'g']);
    if (shown !== undefined && end !== undefined && top !== undefined) keyMs.push(end - shown, top - end);
  }
  table.push(['read -i 8 MB: a key (G, g) to its screen', fmt(median(keyMs)), fmt(Math.min(...keyMs)), fmt(Math.max(...keyMs)), '', '', '<= 100 ms', median(keyMs) <= 100 ? 'pass' : 'FAIL']);
}

printTable();
console.log(`\nlarge input: ${big} (${(statSync(big).size / 1048576).toFixed(1)} MB) and ${small}`);
