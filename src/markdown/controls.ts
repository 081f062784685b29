/**
 * Characters that must never reach a terminal from an article: C0 controls but tab and
 * newline, DEL, C1 controls (U+0080–U+009F, e.g. the 8-bit CSI U+009B), and bidi
 * overrides/isolates that can reorder what is shown (Trojan Source, CVE-2021-42574).
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Shows one unsafe character visibly: caret notation for C0 and DEL (ESC is ^[), U+FFFD for the rest. */
function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return '^' + String.fromCharCode(code + 0x40);
  if (code === 0x7f) return '^?';
  return '\uFFFD';
}

/** Replaces every control or bidi character in article text with a visible, inert stand-in. */
export function neutraliseControls(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Escapes C1 and bidi characters in JSON text as \uXXXX, which JSON.stringify leaves raw. */
export function escapeJsonControls(json: string): string {
  return json.replace(UNSAFE, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}
