/**
 * Characters that must never reach a terminal from an article: C0 controls but tab and
 * newline, DEL, C1 controls (U+0080–U+009F, e.g. the 8-bit CSI U+009B), and bidi
 * overrides/isolates that can reorder what is shown (Trojan Source, CVE-2021-42574), and the
 * interlinear annotation marks (U+FFF9–U+FFFB), which kara-news uses internally to place links.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFB]/g;

/** Shows one unsafe character visibly: caret notation for C0 and DEL (ESC is ^[), U+FFFD for the rest. */
function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return '^' + String.fromCharCode(code + 0x40);
  if (code === 0x7f) return '^?';
  return '\uFFFD';
}

/** True for a code point UNSAFE matches. */
function isUnsafeCodePoint(code: number): boolean {
  return (code <= 0x1f && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || (code >= 0xfff9 && code <= 0xfffb);
}

/** A numeric character reference, which marked decodes: `&#27;`, `&#x9b;`. */
const NUMERIC_REFERENCE = /&#(?:(\d{1,7})|[xX]([\da-fA-F]{1,6}));/g;

/** UNSAFE but carriage return, which marked's lexer turns into a newline before anything else. */
const UNSAFE_ONCE_LEXED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFB]/;

/**
 * True when Markdown could yield a control character once lexed: it holds one, or a numeric
 * character reference to one (marked decodes `&#27;` into ESC). CRLF line ends do not count.
 */
export function mayHoldControls(markdown: string): boolean {
  if (UNSAFE_ONCE_LEXED.test(markdown)) return true;
  for (const m of markdown.matchAll(NUMERIC_REFERENCE)) {
    if (isUnsafeCodePoint(m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16))) return true;
  }
  return false;
}

/** UNSAFE for a test: a global expression's test would move its lastIndex. */
const UNSAFE_TEST = new RegExp(UNSAFE.source);

/** True when text holds a character neutraliseControls replaces (most text holds none). */
export function holdsControls(text: string): boolean {
  return UNSAFE_TEST.test(text);
}

/** Replaces every control or bidi character in article text with a visible, inert stand-in. */
export function neutraliseControls(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Escapes C1 and bidi characters in JSON text as \uXXXX, which JSON.stringify leaves raw. */
export function escapeJsonControls(json: string): string {
  return json.replace(UNSAFE, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}
