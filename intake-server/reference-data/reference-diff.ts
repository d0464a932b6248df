/** Compares the stored rows of a reference table with a new file's rows: what the import would add, change and remove. */

/** Keys of the rows added, changed and removed, in order, and how many stay as they are. */
export interface ReferenceDiff {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

/** Rows are matched by `key`; a row with the same key is changed when `same` says so. */
export function diffRows<T, U>(current: T[], next: U[], keyOf: { current: (row: T) => string; next: (row: U) => string }, same: (a: T, b: U) => boolean): ReferenceDiff {
  const stored = new Map(current.map((r) => [keyOf.current(r), r]));
  const incoming = new Set<string>();
  const diff: ReferenceDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const row of next) {
    const key = keyOf.next(row);
    incoming.add(key);
    const before = stored.get(key);
    if (before === undefined) diff.added.push(key);
    else if (same(before, row)) diff.unchanged++;
    else diff.changed.push(key);
  }
  for (const key of stored.keys()) if (!incoming.has(key)) diff.removed.push(key);
  const byKey = (a: string, b: string) => a.localeCompare(b);
  diff.added.sort(byKey);
  diff.changed.sort(byKey);
  diff.removed.sort(byKey);
  return diff;
}
