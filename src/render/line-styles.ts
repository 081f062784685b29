/** Attribute kinds an SGR sequence can leave on, each closed by its own code. */
const KINDS = ['weight', 'italic', 'underline', 'blink', 'inverse', 'hidden', 'strike', 'fg', 'bg'] as const;
type Kind = (typeof KINDS)[number];

/** For each SGR parameter up to 107: the kind it turns on, the kind it turns off, or neither. */
const SETS: (Kind | undefined)[] = [];
const CLEARS: (Kind | undefined)[] = [];
for (const [kind, on, off] of [
  ['weight', [1, 2], 22],
  ['italic', [3], 23],
  ['underline', [4], 24],
  ['blink', [5], 25],
  ['inverse', [7], 27],
  ['hidden', [8], 28],
  ['strike', [9], 29],
  ['fg', [30, 31, 32, 33, 34, 35, 36, 37, 90, 91, 92, 93, 94, 95, 96, 97], 39],
  ['bg', [40, 41, 42, 43, 44, 45, 46, 47, 100, 101, 102, 103, 104, 105, 106, 107], 49],
] as const) {
  for (const code of on) SETS[code] = kind;
  CLEARS[off] = kind;
}

/**
 * Makes every line of styled text self-contained: styles still open at a line's end are closed
 * there and reopened at the next line's start. marked-terminal reflows text after styling it, so
 * a style can span lines; a pager showing one screen, `head`, or an interrupt would then leave the
 * terminal bold or italic. One pass over the text, linear in its length.
 */
export function closeStylesPerLine(text: string): string {
  const active = new Map<Kind, string>();
  let open = ''; // The sequences that reopen `active`, rebuilt only when it changes.
  let changed = false;
  const parts: string[] = [];
  const sgr = /\u001b\[([0-9;]*)m|\n/g;
  let at = 0;
  for (let m = sgr.exec(text); m !== null; m = sgr.exec(text)) {
    if (m[0] === '\n') {
      if (changed) {
        open = [...active.values()].join('');
        changed = false;
      }
      if (open !== '') {
        parts.push(text.slice(at, m.index), '\u001b[0m\n', open);
        at = m.index + 1;
      }
      continue;
    }
    changed = true;
    // Nearly every sequence is one code (chalk writes `\e[1m`, `\e[22m`): no list for it.
    const single = m[1] === '' ? 0 : m[1]!.includes(';') ? -1 : Number(m[1]);
    if (single === 0) {
      active.clear();
      continue;
    }
    if (single > 0 && single !== 38 && single !== 48) {
      const cleared = CLEARS[single];
      if (cleared) active.delete(cleared);
      const set = SETS[single];
      if (set) active.set(set, `\u001b[${single}m`);
      continue;
    }
    const params = m[1]!.split(';').map(Number);
    for (let i = 0; i < params.length; i++) {
      const code = params[i]!;
      if (code === 0) active.clear();
      else if (code === 38 || code === 48) {
        const length = params[i + 1] === 5 ? 3 : 5;
        active.set(code === 38 ? 'fg' : 'bg', `\u001b[${params.slice(i, i + length).join(';')}m`);
        i += length - 1;
      } else {
        const cleared = CLEARS[code];
        if (cleared) active.delete(cleared);
        const set = SETS[code];
        if (set) active.set(set, `\u001b[${code}m`);
      }
    }
  }
  parts.push(text.slice(at));
  return parts.join('');
}
