/** Terminal attributes that SGR sequences turn on, with the codes that turn each off. */
const OFF: Record<string, number[]> = { bold: [22, 0], dim: [22, 0], italic: [23, 0], underline: [24, 0], inverse: [27, 0], strike: [29, 0], fg: [39, 0], bg: [49, 0] };

/** The attribute an SGR parameter turns on, or null. */
function turnsOn(code: number): string | null {
  if (code === 1) return 'bold';
  if (code === 2) return 'dim';
  if (code === 3) return 'italic';
  if (code === 4) return 'underline';
  if (code === 7) return 'inverse';
  if (code === 9) return 'strike';
  if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) return 'fg';
  if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) return 'bg';
  return null;
}

/** The attributes still on after a terminal has received `output`: empty when it is left plain. */
export function attributesLeftOn(output: string): string[] {
  const on = new Set<string>();
  for (const m of output.matchAll(/\u001b\[([0-9;]*)m/g)) {
    const params = m[1] === '' ? [0] : m[1]!.split(';').map(Number);
    for (let i = 0; i < params.length; i++) {
      const code = params[i]!;
      if (code === 38 || code === 48) i += params[i + 1] === 5 ? 2 : 4;
      const attr = turnsOn(code);
      if (attr) on.add(attr);
      for (const [name, offs] of Object.entries(OFF)) if (offs.includes(code)) on.delete(name);
    }
  }
  return [...on];
}
