/** One `key: value` line whose value is a plain, double- or single-quoted scalar without escapes. */
const LINE = /^([A-Za-z_][\w-]*):[ \t]+(?:"([^"\\]*)"|'((?:[^']|'')*)'|([^\s"'#&*!|>%@`[\]{},?:-][^#]*|-?\d[^#]*))$/;

/** Plain scalars YAML reads as something other than a string: booleans, null, special floats. */
const NON_STRING = /^(?:true|false|True|False|TRUE|FALSE|null|Null|NULL|~|\.inf|-\.inf|\.nan|\.NaN|\.Inf|\.NAN)$/;

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
    // Trailing blanks are trimmed first: matching them inside the pattern would be quadratic.
    const m = LINE.exec(line.trimEnd());
    if (!m || m[1]! in data) return null;
    const plain = m[4];
    if (plain !== undefined && (NON_STRING.test(plain) || plain.includes(': ') || / #/.test(plain))) return null;
    data[m[1]!] = m[2] ?? m[3]?.replace(/''/g, "'") ?? plain!;
  }
  return data;
}
