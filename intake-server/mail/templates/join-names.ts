/** Joins names into running text: "A", "A og B", "A, B og C". */

/** Joins `names` with commas and `and` ("og", "and") before the last; no serial comma. */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
