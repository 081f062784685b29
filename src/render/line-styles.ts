/** The SGR parameter that switches each kind of attribute off. */
const OFF_CODES: Record<string, number> = { weight: 22, italic: 23, underline: 24, blink: 25, inverse: 27, hidden: 28, strike: 29, fg: 39, bg: 49 };

/** The kind of attribute an SGR parameter sets, or null for a reset or an unknown code. */
function kindOf(code: number): string | null {
  if (code === 1 || code === 2) return 'weight';
  if (code === 3) return 'italic';
  if (code === 4) return 'underline';
  if (code === 5) return 'blink';
  if (code === 7) return 'inverse';
  if (code === 8) return 'hidden';
  if (code === 9) return 'strike';
  if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) return 'fg';
  if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) return 'bg';
  return null;
}

/**
 * Makes every line of styled text self-contained: styles still open at a line's end are closed
 * there and reopened at the next line's start. marked-terminal reflows text after styling it, so
 * a style can span lines; a pager showing one screen, `head`, or an interrupt would then leave the
 * terminal bold or italic.
 */
export function closeStylesPerLine(text: string): string {
  const active = new Map<string, string>();
  let out = '';
  let at = 0;
  for (const m of text.matchAll(/\u001b\[([0-9;]*)m|\n/g)) {
    out += text.slice(at, m.index);
    at = m.index + m[0].length;
    if (m[0] === '\n') {
      const open = [...active.values()].join('');
      out += open === '' ? '\n' : `\u001b[0m\n${open}`;
      continue;
    }
    out += m[0];
    const params = m[1] === '' ? [0] : m[1]!.split(';').map(Number);
    for (let i = 0; i < params.length; i++) {
      const code = params[i]!;
      if (code === 0) active.clear();
      else if (code === 38 || code === 48) {
        const length = params[i + 1] === 5 ? 3 : 5;
        active.set(code === 38 ? 'fg' : 'bg', `\u001b[${params.slice(i, i + length).join(';')}m`);
        i += length - 1;
      } else {
        const off = Object.entries(OFF_CODES).find(([, c]) => c === code);
        if (off) active.delete(off[0]);
        const kind = kindOf(code);
        if (kind) active.set(kind, `\u001b[${code}m`);
      }
    }
  }
  return out + text.slice(at);
}
