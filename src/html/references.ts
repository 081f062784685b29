// Character references in a page (`&amp;`, `&rsquo;`, `&#8217;`). The full table of HTML's 2,231
// names (the `entities` package) costs about 7 ms to load, and most pages use a dozen names at most;
// those, and numeric references, are decoded here, and the full table is loaded for a page only
// when it names one that is not.

/** How a page's text and attribute values are decoded. */
export interface Decoder {
  readonly text: (text: string) => string;
  readonly attribute: (value: string) => string;
}

/** The names news pages use, and what they stand for. */
const COMMON: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', copy: '©', reg: '®', trade: '™', deg: '°',
  mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', middot: '·', bull: '•', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', times: '×',
  divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', prime: '′', Prime: '″', thinsp: '\u2009', ensp: '\u2002',
  emsp: '\u2003', zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f', iexcl: '¡', iquest: '¿', ordm: 'º', ordf: 'ª',
  eacute: 'é', Eacute: 'É', egrave: 'è', aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', Ntilde: 'Ñ',
  ccedil: 'ç', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', ecirc: 'ê', acirc: 'â', ocirc: 'ô',
  atilde: 'ã', otilde: 'õ', aring: 'å', oslash: 'ø', aelig: 'æ', iuml: 'ï', euml: 'ë',
};

/** A named reference with its semicolon, or a numeric one (decimal or hex, semicolon optional). */
const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7}));?|&([a-zA-Z][a-zA-Z0-9]{0,31});/g;

/** What Windows-1252 put at 0x80–0x9F, which HTML maps numeric references in that range to (`&#146;` is ’). */
const C1_REMAP: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160,
  0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
  0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/** The character a numeric reference stands for, as HTML reads it: nothing invalid, C1 as Windows-1252. */
function fromCode(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(C1_REMAP[code] ?? code);
}

/** Decodes numeric references and the common names; every other `&…` is left as written. */
function decodeCommon(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCode(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCode(Number.parseInt(hex, 16));
    return COMMON[name!] ?? whole;
  });
}

/** The decoder of common references alone. */
const COMMON_DECODER: Decoder = { text: decodeCommon, attribute: decodeCommon };

/**
 * True when a page's references are all common ones: every named reference ends in `;` and is in
 * the common table. A name without its semicolon (`&copy 2019`, which HTML still decodes) or a rare
 * one needs the full table.
 */
function commonOnly(html: string): boolean {
  for (const m of html.matchAll(/&([a-zA-Z][a-zA-Z0-9]*)(;?)/g)) if (m[2] === '' ? m[1]! in COMMON || /^(?:amp|lt|gt|quot|nbsp|copy|reg)/.test(m[1]!) : !(m[1]! in COMMON)) return false;
  return true;
}

/** The decoder a page needs: the common table when it suffices, else the full one (loaded now). */
export async function decoderFor(html: string): Promise<Decoder> {
  if (commonOnly(html)) return COMMON_DECODER;
  const { decodeHTML, decodeHTMLAttribute } = await import('entities');
  return { text: decodeHTML, attribute: decodeHTMLAttribute };
}

/** The decoder for common references only, for text known to hold no others (tests, metadata values). */
export const commonDecoder: Decoder = COMMON_DECODER;
