import DataLoader from 'dataloader';

/**
 * One row per key (or null), read in one batch: `load` answers the rows found in any order, and
 * `keyOf` names each row's key.
 */
export function keyedLoader<Row, Key = string>(
  load: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader(async (keys) => {
    const found = new Map((await load(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

/**
 * Every row of each key, read in one batch: `load` answers the rows of all keys, and `keysOf`
 * names the keys a row belongs to (a row may belong to several, or none).
 */
export function groupedLoader<Row>(
  load: (keys: readonly string[]) => Promise<Row[]>,
  keysOf: (row: Row) => readonly string[],
): DataLoader<string, Row[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, Row[]>(keys.map((key) => [key, []]));
    for (const row of await load(keys)) for (const key of keysOf(row)) groups.get(key)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
