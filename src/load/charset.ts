// The character set of a web page, decided as browsers decide it (the WHATWG encoding sniffing
// rules, simplified): a byte-order mark, then the HTTP charset, then a <meta> charset in the first
// 1024 bytes, then "valid UTF-8 is UTF-8", then windows-1252.
import { isUtf8 } from 'node:buffer';
import { decodeUtf8 } from './decode.js';

/** Decoded text and the character set it was read in. */
export interface DecodedPage {
  readonly text: string;
  /** The encoding's WHATWG name: utf-8, windows-1252, shift_jis… */
  readonly charset: string;
}

/** What windows-1252 puts at bytes 0x80–0x9F (0 where it puts nothing); 0xA0–0xFF are Latin-1's. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decodes windows-1252 (what `latin1`, `ascii` and `iso-8859-1` mean on the web). Node 20's
 * TextDecoder decodes it as ISO-8859-1 (nodejs/node#60888), turning curly quotes and € into C1
 * control characters, so the 32 bytes that differ are mapped here. Bytes it leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls WHATWG maps them to.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    for (let i = start; i < Math.min(bytes.length, start + CHUNK); i++) {
      const b = bytes[i]!;
      codes.push(b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] || b : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** The WHATWG name of an encoding label (`Latin1` → windows-1252), or null when no decoder knows it. */
export function encodingOf(label: string | null | undefined): string | null {
  const wanted = label?.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!wanted) return null;
  try {
    return new TextDecoder(wanted).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type value: `text/html; charset=Shift_JIS` → Shift_JIS. */
export function charsetParameter(contentType: string | null): string | null {
  return /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '')?.[2] ?? null;
}

/** The charset a page declares in a <meta> element within its first 1024 bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const direct = /\bcharset\s*=\s*["']?([^"'\s;/>]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1]!;
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])([^"']*)\1/i.exec(tag)?.[2] ?? '';
      const charset = /charset\s*=\s*([^\s;"']+)/i.exec(content);
      if (charset) return charset[1]!;
    }
  }
  return null;
}

/** Decodes bytes in a known encoding; windows-1252 by our own table, the rest by TextDecoder. */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Decodes bytes in the charset a page declares, unless they are not in it at all and are UTF-8:
 * a page saved (or served) as UTF-8 that still says `gb2312` or `shift_jis` in its <meta>, which
 * would otherwise read as mojibake. Bytes that decode in the declared charset are read in it.
 */
function decodeDeclared(bytes: Uint8Array, encoding: string): DecodedPage {
  if (encoding === 'windows-1252' || encoding === 'utf-8') return { text: decodeAs(bytes, encoding), charset: encoding };
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), charset: encoding };
  } catch {
    if (isUtf8(bytes)) return { text: decodeUtf8(bytes).text, charset: 'utf-8' };
    return { text: decodeAs(bytes, encoding), charset: encoding };
  }
}

/** Bytes that open with a byte-order mark, decoded in the encoding it marks; null for bytes with none. */
function byByteOrderMark(bytes: Uint8Array): DecodedPage | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeUtf8(bytes).text, charset: 'utf-8' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le' };
  return null;
}

/**
 * Decodes a page: a byte-order mark first, then the HTTP charset, then a <meta> charset in the
 * first 1024 bytes (unless the bytes are not in it and are UTF-8), then UTF-8 when the bytes are
 * valid UTF-8, and windows-1252 otherwise. A page that says UTF-16 without a byte-order mark is
 * read as UTF-8, as browsers read it.
 */
export function decodePage(bytes: Uint8Array, httpCharset: string | null): DecodedPage {
  const marked = byByteOrderMark(bytes);
  if (marked) return marked;
  const declared = [encodingOf(httpCharset), encodingOf(declaredCharset(bytes))].find((e) => e !== null && !e.startsWith('utf-16'));
  if (declared) return decodeDeclared(bytes, declared);
  if (isUtf8(bytes)) return { text: decodeUtf8(bytes).text, charset: 'utf-8' };
  return { text: decodeWindows1252(bytes), charset: 'windows-1252' };
}

/** The encoding an XML declaration names: `<?xml version="1.0" encoding="ISO-8859-1"?>` → ISO-8859-1. */
function xmlEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 256)).toString('latin1');
  return /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ?? null;
}

/**
 * Decodes a feed by XML's rules: a byte-order mark, then the HTTP charset, then the XML
 * declaration's encoding, else UTF-8 (invalid bytes shown as U+FFFD). windows-1252 and
 * ISO-8859-1 feeds are common, and are read by our own table (see decodeWindows1252).
 */
export function decodeFeed(bytes: Uint8Array, httpCharset: string | null): DecodedPage {
  const marked = byByteOrderMark(bytes);
  if (marked) return marked;
  const declared = [encodingOf(httpCharset), encodingOf(xmlEncoding(bytes))].find((e) => e !== null && !e.startsWith('utf-16'));
  const encoding = declared ?? 'utf-8';
  return { text: encoding === 'utf-8' ? decodeUtf8(bytes).text : decodeAs(bytes, encoding), charset: encoding };
}
