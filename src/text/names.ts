/** Several people's names as one byline: `Ann Lee`, `Ann Lee and Bo Chan`, `Ann Lee, Bo Chan and Cy Diaz`. */
export function joinNames(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
