// Scores found quotations against a gold file the way issue 3 describes: statements match by
// content words (token F1 >= 0.5), one to one, best first; then the speaker is checked.

/** Words that carry no content, left out of matching. */
const STOPWORDS = new Set(
  'a an the and or but of to in on at for by with from as that this these those it its is are was were be been has have had will would there their they them he she his her we our i not no'.split(' '),
);

/**
 * Content words of a text, lower-cased.
 * @param {string} text
 * @returns {string[]}
 */
export function contentWords(text) {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOPWORDS.has(w));
}

/**
 * Token F1 of two texts over their content words (as multisets).
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
export function tokenF1(a, b) {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map();
  for (const w of y) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of x) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / x.length;
  const r = common / y.length;
  return (2 * p * r) / (p + r);
}

/** Words of a name that say what a person is, not who: honorifics, titles, determiners. */
const NOT_NAME = new Set(
  'mr mrs ms dr prof sir the a an of for at emeritus professor president prime minister secretary senator governor mayor chairman chairwoman chair director general spokesman spokeswoman spokesperson executive chief deputy former head leader major minister-president us u.s'.split(' '),
);

/**
 * The words that name who someone is: a name's words in lower case without honorifics, titles
 * and determiners (`Emeritus Professor John Burrows` and `John Burrows` are both `john burrows`).
 * @param {string} name
 */
function nameCore(name) {
  return (name.toLowerCase().match(/[\p{L}\p{N}'’.-]+/gu) ?? []).map((w) => w.replace(/\.$/, '')).filter((w) => !NOT_NAME.has(w));
}

/**
 * True when a found speaker names the gold one: the same name, or the same person or body named
 * more or less fully (`Colette Heald` for `Heald`, `John Key` for `Mr Key`, `Orthodox Church` for
 * `Church`): one name's core words all in the other's, ending in the same word. The gold is made
 * by a program from GUM's coreference, and often keeps a part of the fullest name as its own.
 * @param {string} gold
 * @param {string} found
 */
export function sameSpeaker(gold, found) {
  if (gold.toLowerCase() === found.toLowerCase()) return true;
  const g = nameCore(gold);
  const f = nameCore(found);
  if (g.length === 0 || f.length === 0 || g[g.length - 1] !== f[f.length - 1]) return false;
  const [short, long] = g.length <= f.length ? [g, f] : [f, g];
  return short.every((w) => long.includes(w));
}

/**
 * @typedef {{ speaker: string, text: string, required?: boolean }} GoldQuote
 * @typedef {{ speaker: string | null, text: string }} FoundQuote
 * @typedef {{ tp: number, fp: number, fn: number, speakerRight: number, speakerExact: number, precision: number, recall: number, f1: number, speakerAccuracy: number, misses: GoldQuote[], extras: FoundQuote[], wrongSpeakers: { gold: GoldQuote, found: FoundQuote }[] }} Score
 */

/**
 * Scores found quotes against gold ones. Optional gold statements are neither credited nor
 * counted as false positives.
 * @param {GoldQuote[]} gold
 * @param {FoundQuote[]} found
 * @param {Record<string, string[]>} [aliases] other names a gold speaker goes by
 * @returns {Score}
 */
export function scoreQuotes(gold, found, aliases = {}) {
  /** @type {{ gi: number, fi: number, f1: number }[]} */
  const pairs = [];
  gold.forEach((g, gi) => found.forEach((f, fi) => {
    const f1 = tokenF1(f.text, g.text);
    if (f1 >= 0.5) pairs.push({ gi, fi, f1 });
  }));
  pairs.sort((a, b) => b.f1 - a.f1);
  /** @type {Map<number, number>} */
  const goldUsed = new Map();
  /** @type {Set<number>} */
  const foundUsed = new Set();
  for (const p of pairs) {
    if (goldUsed.has(p.gi) || foundUsed.has(p.fi)) continue;
    goldUsed.set(p.gi, p.fi);
    foundUsed.add(p.fi);
  }
  /** @type {(g: GoldQuote, f: FoundQuote) => boolean} */
  const same = (g, f) => f.speaker !== null && [g.speaker, ...(aliases[g.speaker] ?? [])].some((name) => sameSpeaker(name, /** @type {string} */ (f.speaker)));
  let tp = 0;
  let speakerRight = 0;
  let speakerExact = 0;
  /** @type {GoldQuote[]} */
  const misses = [];
  /** @type {{ gold: GoldQuote, found: FoundQuote }[]} */
  const wrongSpeakers = [];
  gold.forEach((g, gi) => {
    if (g.required === false) return;
    const fi = goldUsed.get(gi);
    if (fi === undefined) return void misses.push(g);
    tp++;
    const f = /** @type {FoundQuote} */ (found[fi]);
    if (f.speaker !== null && [g.speaker, ...(aliases[g.speaker] ?? [])].some((n) => n.toLowerCase() === f.speaker?.toLowerCase())) speakerExact++;
    if (same(g, f)) speakerRight++;
    else wrongSpeakers.push({ gold: g, found: f });
  });
  const matchedOptional = new Set([...goldUsed].filter(([gi]) => gold[gi]?.required === false).map(([, fi]) => fi));
  const extras = found.filter((_, fi) => !foundUsed.has(fi) && !matchedOptional.has(fi));
  const fp = extras.length;
  const fn = misses.length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, speakerRight, speakerExact, precision, recall, f1, speakerAccuracy: tp === 0 ? 1 : speakerRight / tp, misses, extras, wrongSpeakers };
}
