import { isUtf8 } from 'node:buffer';

/** Bytes git would look at to decide whether a file is binary. */
const BINARY_SNIFF_BYTES = 8000;

/** Text decoded from bytes, with what was wrong with them. */
export interface Decoded {
  readonly text: string;
  /** Byte offset of the first invalid UTF-8 sequence, if any (replaced with U+FFFD). */
  readonly invalidUtf8At: number | null;
}

/** True when the bytes look binary the way git decides it: a NUL among the first 8000. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

/**
 * Offset of the first byte of the first invalid UTF-8 sequence: a byte that starts none, a
 * sequence cut short, or one whose second byte is out of range for its lead (Unicode's table 3-7):
 * overlong forms (E0 80…, F0 80…), surrogates (ED A0… is U+D800) and code points past U+10FFFF
 * (F4 90…) are invalid. The bytes must be invalid somewhere (decodeUtf8 checks first).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length) return i;
    // The second byte's range depends on the lead; the others are always 80–BF.
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

/**
 * Decodes UTF-8 (dropping a BOM), replacing invalid sequences with U+FFFD and reporting where the
 * first was. Valid text, nearly all of it, is checked and decoded natively (isUtf8 and Buffer's
 * decoder); only invalid text goes through TextDecoder, whose replacements follow the WHATWG rules.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, invalidUtf8At: null };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), invalidUtf8At: firstInvalidUtf8(bytes) };
}
