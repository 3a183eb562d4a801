import type { EntityManager } from 'typeorm';

/** A table's key and value columns, with the Postgres types their arrays are cast to. */
export interface UpsertTable {
  name: string;
  keys: [Column, ...Column[]];
  values: Column[];
}

interface Column {
  column: string;
  type: string;
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

type Row = Record<string, unknown>;

const quote = (column: string) => `"${column}"`;

/**
 * Classifies rows against what is stored (new, changed, the same) in one statement, and — unless
 * `write` is false — inserts the new and updates the changed ones with one statement each, every
 * row passed as a column array (`unnest`), so the cost does not grow with the number of statements.
 * Unchanged rows are not touched.
 */
export async function upsertRows(
  manager: EntityManager,
  table: UpsertTable,
  rows: Row[],
  extra: Row,
  write: boolean,
): Promise<UpsertCounts> {
  const columns = [...table.keys, ...table.values];
  const unnest = (cols: typeof columns, offset = 0) =>
    `unnest(${cols.map((c, i) => `$${i + 1 + offset}::${c.type}[]`).join(', ')}) AS r(${cols.map((c) => quote(c.column)).join(', ')})`;
  const arrays = (cols: typeof columns) =>
    cols.map((c) => rows.map((row) => row[c.column] ?? null));
  const keyMatch = table.keys
    .map((k) => `t.${quote(k.column)} = r.${quote(k.column)}`)
    .join(' AND ');
  const differs = table.values
    .map((v) => `t.${quote(v.column)} IS DISTINCT FROM r.${quote(v.column)}`)
    .join(' OR ');

  const firstKey = `t.${quote(table.keys[0].column)}`;
  const [classified]: { inserted: number; updated: number }[] = await manager.query(
    `SELECT count(*) FILTER (WHERE ${firstKey} IS NULL)::int AS inserted,
            count(*) FILTER (WHERE ${firstKey} IS NOT NULL AND (${differs}))::int AS updated
       FROM ${unnest(columns)}
       LEFT JOIN ${table.name} t ON ${keyMatch}`,
    arrays(columns),
  );
  const counts = {
    inserted: classified?.inserted ?? 0,
    updated: classified?.updated ?? 0,
    unchanged: rows.length - (classified?.inserted ?? 0) - (classified?.updated ?? 0),
  };
  if (!write || counts.inserted + counts.updated === 0) return counts;

  const extraColumns = Object.keys(extra);
  const extraValues = extraColumns.map((column) => extra[column]);
  const all = [...columns.map((c) => c.column), ...extraColumns];
  const extraParams = extraColumns.map((_, i) => `$${columns.length + i + 1}`);
  await manager.query(
    `INSERT INTO ${table.name} (${all.map(quote).join(', ')})
     SELECT r.*, ${extraParams.join(', ')} FROM ${unnest(columns)}
     ON CONFLICT (${table.keys.map((k) => quote(k.column)).join(', ')}) DO UPDATE SET
       ${[...table.values.map((v) => v.column), ...extraColumns].map((c) => `${quote(c)} = EXCLUDED.${quote(c)}`).join(', ')}
     WHERE ${table.values.map((v) => `${table.name}.${quote(v.column)} IS DISTINCT FROM EXCLUDED.${quote(v.column)}`).join(' OR ')}`,
    [...arrays(columns), ...extraValues],
  );
  return counts;
}
