// The columns a terminal gives text, by grapheme cluster. string-width measures the same way, but
// builds an Intl.Segmenter when it loads (14 ms of ICU data, at every start); the clusters a
// terminal draws as one are few enough to find directly. East Asian Width comes from the Unicode
// table get-east-asian-width keeps; the emoji properties from V8's own Unicode property classes.
import { eastAsianWidth } from 'get-east-asian-width';

/** True for a character that takes exactly one column and joins no cluster: Latin, and typographic punctuation. */
const isNarrow = (c: number): boolean => (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x300) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e);

/** Unicode property classes, built on first use: each costs a fraction of a millisecond to build. */
let classes: { extending: RegExp; extend: RegExp; zeroWidth: RegExp; spacingMark: RegExp; rgiEmoji: RegExp; pictographic: RegExp } | undefined;
const unicode = (): NonNullable<typeof classes> =>
  (classes ??= {
    // What a grapheme cluster goes on through: extending characters (marks, ZWNJ, ﾞ) and spacing marks.
    extending: /^[\p{Grapheme_Extend}\p{Mc}]$/u,
    extend: /^\p{Grapheme_Extend}$/u,
    // What draws nothing: controls, format characters (ZWJ, soft hyphen, BOM…), default-ignorables, non-spacing and enclosing marks.
    zeroWidth: /^[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}]$/u,
    spacingMark: /^\p{Mc}$/u,
    // Every emoji Unicode recommends for general interchange, sequences included (the v flag's string property).
    rgiEmoji: new RegExp('^\\p{RGI_Emoji}$', 'v'),
    pictographic: /^\p{Extended_Pictographic}$/u,
  });

/** The emoji skin-tone modifiers. */
const isSkinTone = (cp: number): boolean => cp >= 0x1f3fb && cp <= 0x1f3ff;

/** True for a code point that extends the cluster before it: marks, variation selectors, skin tones, tags, the keycap, ZWJ. */
function extendsCluster(cp: number, ch: string): boolean {
  return isSkinTone(cp) || cp === 0x200d || (cp >= 0x300 && unicode().extending.test(ch));
}

/** True when a pictograph follows a ZWJ that ends a pictograph and its extenders: 👨‍👩‍👧 is one cluster. */
function joinsPictographs(chars: readonly string[], next: string): boolean {
  const u = unicode();
  if (chars[chars.length - 1] !== '\u200d' || !u.pictographic.test(next)) return false;
  let k = chars.length - 2;
  // Extenders here are GCB=Extend: Grapheme_Extend, and the skin tones, which it leaves out.
  while (k > 0 && (u.extend.test(chars[k]!) || isSkinTone(chars[k]!.codePointAt(0)!))) k--;
  return k >= 0 && u.pictographic.test(chars[k]!);
}

/** Regional indicator letters, which pair into one flag. */
const isRegional = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;

/** Columns of one grapheme cluster, given as its code points. */
function clusterWidth(cps: readonly number[], chars: readonly string[]): number {
  const u = unicode();
  const visible = chars.findIndex((ch) => !u.zeroWidth.test(ch));
  if (visible === -1) return 0;
  const base = cps[visible]!;
  // A lone character that is no pictograph is no emoji either: its East Asian Width (─, ↪, é́ aside).
  if (cps.length === 1 && !u.pictographic.test(chars[0]!)) return eastAsianWidth(base);
  // Emoji take two: any recommended emoji or sequence (✅, ❤️, 👍🏽, a flag, 👨‍👩‍👧), and the ones
  // terminals draw wide without their variation selector (1⃣, a family joined by ZWJ).
  const cluster = chars.join('');
  if (u.rgiEmoji.test(cluster)) return 2;
  if (cps.length === 2 && cps[1] === 0x20e3 && /^[\d#*]$/.test(chars[0]!)) return 2;
  if (cps.includes(0x200d) && cluster.length <= 50 && chars.filter((ch) => u.pictographic.test(ch)).length >= 2) return 2;
  // Otherwise the base's East Asian Width, and the columns of spacing marks and half- or
  // full-width forms after it (कि, ｶﾞ).
  let width = eastAsianWidth(base);
  for (let k = visible + 1; k < chars.length; k++) {
    if (u.spacingMark.test(chars[k]!) || (cps[k]! >= 0xff00 && cps[k]! <= 0xffef)) width += eastAsianWidth(cps[k]!);
  }
  return width;
}

/**
 * Display columns of a string, measured by grapheme cluster, as a terminal draws it: wide East
 * Asian characters and emoji (with their skin tones, joiners and variation selectors) take two,
 * combining marks, format and control characters none. Text of narrow characters only, nearly
 * all of an English article, is counted directly.
 */
export function displayWidth(text: string): number {
  let i = 0;
  while (i < text.length && isNarrow(text.charCodeAt(i))) i++;
  if (i === text.length) return text.length;
  // The last narrow character may be the base of a cluster that what follows extends (©️, #️⃣).
  if (i > 0) i--;
  let width = i;
  let cps: number[] = [];
  let chars: string[] = [];
  for (const ch of text.slice(i)) {
    const cp = ch.codePointAt(0)!;
    const previous = cps[cps.length - 1];
    const joined = cps.length > 0 && (extendsCluster(cp, ch) || joinsPictographs(chars, ch) || (isRegional(cp) && cps.length === 1 && isRegional(previous!)));
    if (!joined && cps.length > 0) {
      width += clusterWidth(cps, chars);
      cps = [];
      chars = [];
    }
    cps.push(cp);
    chars.push(ch);
  }
  return cps.length > 0 ? width + clusterWidth(cps, chars) : width;
}

/**
 * The largest width of many rows, at least `least`: a loop, because Math.max(...rows) passes every
 * row as an argument and overflows the stack past about 150,000 of them.
 */
export function widest<T>(rows: readonly T[], width: (row: T) => number, least = 0): number {
  let most = least;
  for (const row of rows) most = Math.max(most, width(row));
  return most;
}
