/** One `key: value` line whose value is a plain, double- or single-quoted scalar without escapes. */
const LINE = /^([A-Za-z_][\w-]*):[ \t]+(?:"([^"\\]*)"|'((?:[^']|'')*)'|([^\s"'#&*!|>%@`[\]{},?:-][^#]*|-?\d[^#]*))$/;

/** Plain scalars YAML's core schema reads as booleans, null or special floats. */
const NON_STRING = /^(?:true|false|True|False|TRUE|FALSE|null|Null|NULL|~|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** Plain scalars YAML's core schema reads as numbers: decimal, octal (0o) and hex (0x) integers, floats. */
const NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/**
 * True when a plain scalar is a number the YAML parser would write back as typed (`1200`, `-3`):
 * front matter turns a number into text, and `1e3`, `1.0`, `007` and `0x1F` would come back as
 * 1000, 1, 7 and 31. Those go to the parser.
 */
const numberAsTyped = (plain: string): boolean => String(Number(plain)) === plain && Number.isSafeInteger(Number(plain));

/**
 * Reads front matter that is only flat `key: value` lines of simple scalars, exactly as the YAML
 * parser would (strings, and numbers as their text), or returns null for anything else (lists,
 * nesting, escapes, comments, anchors, flow style, duplicate keys) so the real parser decides.
 * Most articles' front matter is this simple, and the YAML parser is the largest module to load.
 */
export function readFlatYaml(yaml: string): Record<string, string> | null {
  const data: Record<string, string> = {};
  for (const line of yaml.split('\n')) {
    if (line.trim() === '') continue;
    // Trailing blanks (spaces, tabs and a CRLF's CR, as YAML has it; not every Unicode space, as
    // trimEnd has it) are trimmed first: matching them inside the pattern would be quadratic.
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '\r')) end--;
    const m = LINE.exec(line.slice(0, end));
    if (!m || m[1]! in data) return null;
    const plain = m[4];
    if (plain !== undefined && (NON_STRING.test(plain) || (NUMBER.test(plain) && !numberAsTyped(plain)) || /:(?:[ \t]|$)|[ \t]#/.test(plain))) return null;
    data[m[1]!] = m[2] ?? m[3]?.replace(/''/g, "'") ?? plain!;
  }
  return data;
}
