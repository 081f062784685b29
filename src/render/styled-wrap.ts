// Word wrap for styled text: what wrap.ts does for plain text, for text that already holds SGR
// escape sequences and the zero-width marks of hyperlinks, which take no columns and never break.
import { displayWidth } from './display-width.js';

/** Where a terminal hyperlink opens and closes; OSC 8 sequences replace them after layout. */
export const LINK_OPEN = '\uFFF9';
export const LINK_CLOSE = '\uFFFB';

/** The largest of numbers, at least `floor`: a loop, since spreading a table's worth of numbers overflows the stack. */
export function maxOf(values: readonly number[], floor: number): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Appends lines to lines, without spreading them as arguments (a table can lay out to hundreds of thousands). */
export function append(to: string[], lines: readonly string[]): void {
  for (const line of lines) to.push(line);
}

/** A space that breaks a line only when what it joins is wider than the line (`text (url)`): a space once laid out. */
export const GLUE = '\uFFFA';

/** An SGR sequence, or a hyperlink mark: parts of a styled string that take no columns. */
const ZERO_WIDTH = /\u001b\[[0-9;]*m|[\uFFF9\uFFFB]/g;

/** The columns styled text takes: its visible characters only. */
export function styledWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const plain = visibleText(text);
  return PRINTABLE_ASCII.test(plain) ? plain.length : displayWidth(plain);
}

/** Styled text without its escape sequences and marks, glue as the space it stands for. */
function visibleText(text: string): string {
  const stripped = text.includes('\u001b') || text.includes(LINK_OPEN) || text.includes(LINK_CLOSE) ? text.replace(ZERO_WIDTH, '') : text;
  return stripped.includes(GLUE) ? stripped.replaceAll(GLUE, ' ') : stripped;
}

/** Text of printable ASCII alone, one column a character: most of any table. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** A piece of a line that wrapping keeps whole: a word, or one character of a CJK run. */
interface Piece {
  readonly text: string;
  readonly width: number;
  /** A space stands before it (false inside a word, between CJK characters). */
  readonly spaced: boolean;
}

/** Characters a line may not open with (kinsoku): they stay with the character before them. */
const CLOSING = new Set([...'、。，．：；！？）」』】〉》〕｝〙〗”’ー…・ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ']);

/** A styled word's pieces: the word whole, or, where it holds wide (CJK) characters, broken between them. */
function piecesOf(word: string, spaced: boolean, out: Piece[]): void {
  const plain = visibleText(word);
  if (PRINTABLE_ASCII.test(plain) || !WIDE.test(plain)) {
    out.push({ text: word, width: PRINTABLE_ASCII.test(plain) ? plain.length : displayWidth(plain), spaced });
    return;
  }
  const plainWidth = displayWidth(plain);
  if (plainWidth === [...plain].length) {
    out.push({ text: word, width: plainWidth, spaced });
    return;
  }
  let text = '';
  let narrow = true;
  let first = true;
  const flush = (): void => {
    if (text === '') return;
    out.push({ text, width: styledWidth(text), spaced: first && spaced });
    first = false;
    text = '';
  };
  for (let i = 0; i < word.length; ) {
    ZERO_WIDTH.lastIndex = i;
    const escape = word[i] === '\u001b' || word[i] === LINK_OPEN || word[i] === LINK_CLOSE ? /\u001b\[[0-9;]*m|[\uFFF9\uFFFB]/y.exec(word.slice(i)) : null;
    if (escape) {
      text += escape[0];
      i += escape[0].length;
      continue;
    }
    const ch = String.fromCodePoint(word.codePointAt(i)!);
    i += ch.length;
    const wide = displayWidth(ch) === 2;
    // A new piece at each wide character, and where a narrow run follows one, unless a line may not start there.
    if ((wide || !narrow) && !CLOSING.has(ch) && displayWidth(ch) > 0) flush();
    text += ch;
    narrow = !wide;
  }
  flush();
}

/** The widest piece of styled text that wrapping cannot break: how narrow a column of it may go. */
export function widestPiece(text: string): number {
  const pieces: Piece[] = [];
  for (const hard of text.split('\n')) for (const word of hard.split(' ')) if (word !== '') piecesOf(word.replaceAll(GLUE, ' '), true, pieces);
  return maxOf(pieces.map((p) => p.width), 1);
}

/** CJK characters, between which a line may break: text without them breaks at spaces alone. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** wrapStyled for text with no wide characters: words between spaces, measured without making pieces. */
function wrapAtSpaces(text: string, width: number, out: string[]): void {
  for (const hard of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const part of hard.split(' ')) {
      if (part === '') continue;
      const words = part.includes(GLUE) && styledWidth(part) > width ? part.split(GLUE) : [part];
      for (const word of words) {
        if (word === '') continue;
        const w = styledWidth(word);
        if (w === 0) {
          line += word;
          continue;
        }
        if (used > 0 && used + 1 + w > width) {
          out.push(line.includes(GLUE) ? line.replaceAll(GLUE, ' ') : line);
          line = word;
          used = w;
          continue;
        }
        line += used > 0 ? ' ' + word : word;
        used += (used > 0 ? 1 : 0) + w;
      }
    }
    out.push(line.includes(GLUE) ? line.replaceAll(GLUE, ' ') : line);
  }
}

/**
 * Greedy word wrap of styled text to `width` columns. Spaces break, and so does the place
 * between two CJK characters (but not before closing punctuation); escape sequences and link
 * marks stay with the word they touch and take no columns; a newline (a hard break) always
 * breaks. A word wider than the width stays whole on a line of its own. Glue becomes a space.
 */
export function wrapStyled(text: string, width: number): string[] {
  // Most cells and many lines fit as they are.
  if (PRINTABLE_ASCII.test(text) && text.length <= width && !text.includes('  ') && text.trim() === text) return [text];
  const out: string[] = [];
  if (!WIDE.test(text)) {
    wrapAtSpaces(text, width, out);
    return out;
  }
  for (const hard of text.split('\n')) {
    const pieces: Piece[] = [];
    for (const word of hard.split(' ').flatMap((w) => (w.includes(GLUE) && styledWidth(w) > width ? w.split(GLUE) : [w]))) {
      if (word !== '') piecesOf(word, true, pieces);
    }
    let line = '';
    let used = 0;
    for (const piece of pieces) {
      if (piece.width === 0) {
        // Only styling: it opens or closes around the words next to it.
        line += piece.text;
        continue;
      }
      const gap = used > 0 && piece.spaced ? 1 : 0;
      if (used > 0 && used + gap + piece.width > width) {
        out.push(line);
        line = piece.text;
        used = piece.width;
        continue;
      }
      line += (gap ? ' ' : '') + piece.text;
      used += gap + piece.width;
    }
    out.push(line);
  }
  return out.map((l) => l.replaceAll(GLUE, ' '));
}

/**
 * Hard wrap of one line of code to `width` columns by character, for code blocks, which keep
 * their spaces: the pieces of the line, in order (one piece when it fits).
 */
export function wrapCode(line: string, width: number): string[] {
  if (PRINTABLE_ASCII.test(line)) {
    if (line.length <= width) return [line];
    const pieces: string[] = [];
    for (let at = 0; at < line.length; at += width) pieces.push(line.slice(at, at + width));
    return pieces;
  }
  if (displayWidth(line) <= width) return [line];
  const pieces: string[] = [];
  let piece = '';
  // Where the last character that takes columns starts in the piece: a mark or selector after it joins it.
  let base = 0;
  for (const ch of line) {
    // Measured as a whole, so a cluster (❤️, 👍🏽) counts as the terminal draws it; a piece is at most `width` wide.
    if (piece !== '' && displayWidth(piece + ch) > width) {
      const cut = displayWidth(ch) > 0 ? piece.length : base;
      if (cut > 0) {
        pieces.push(piece.slice(0, cut));
        piece = piece.slice(cut);
        base = 0;
      }
    }
    if (displayWidth(ch) > 0) base = piece.length;
    piece += ch;
  }
  pieces.push(piece);
  return pieces;
}

/** Pads styled text with spaces to `width` columns, on the side its alignment leaves free. */
export function padStyled(text: string, width: number, align: 'left' | 'right' | 'center' | null = 'left'): string {
  const room = Math.max(0, width - styledWidth(text));
  if (align === 'right') return ' '.repeat(room) + text;
  if (align === 'center') return ' '.repeat(Math.floor(room / 2)) + text + ' '.repeat(room - Math.floor(room / 2));
  return text + ' '.repeat(room);
}
