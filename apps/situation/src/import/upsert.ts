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

/** The table's columns as `unnest` of one array parameter each ($1, $2, …). */
function unnest(table: UpsertTable): string {
  const columns = [...table.keys, ...table.values];
  return (
    `unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')}) ` +
    `AS r(${columns.map((c) => quote(c.column)).join(', ')})`
  );
}

/** The rows as one array per column, in the order `unnest` names them. */
function columnArrays(table: UpsertTable, rows: Row[]): unknown[][] {
  return [...table.keys, ...table.values].map((c) => rows.map((row) => row[c.column] ?? null));
}

/** What a row is against what is stored: counted in one pass over the rows. */
/** The stored row `t` has the key of the file's row `r`. */
const keyMatch = (table: UpsertTable) =>
  table.keys.map((k) => `t.${quote(k.column)} = r.${quote(k.column)}`).join(' AND ');

/** The stored row `t` differs from the file's row `r` in a value. */
const differs = (table: UpsertTable) =>
  table.values
    .map((v) => `t.${quote(v.column)} IS DISTINCT FROM r.${quote(v.column)}`)
    .join(' OR ');

const firstKeyOf = (table: UpsertTable) => `t.${quote(table.keys[0].column)}`;

function classification(table: UpsertTable, rows: string): string {
  const firstKey = firstKeyOf(table);
  return `SELECT count(*) FILTER (WHERE ${firstKey} IS NULL)::int AS inserted,
                 count(*) FILTER (WHERE ${firstKey} IS NOT NULL AND (${differs(table)}))::int AS updated
            FROM ${rows}
            LEFT JOIN ${table.name} t ON ${keyMatch(table)}`;
}

function countsOf(rows: Row[], classified: { inserted: number; updated: number } | undefined) {
  const inserted = classified?.inserted ?? 0;
  const updated = classified?.updated ?? 0;
  return { inserted, updated, unchanged: rows.length - inserted - updated };
}

/**
 * Classifies rows against what is stored — new, changed, the same — in one statement, every row
 * passed as a column array (`unnest`), so the cost does not grow with the number of statements.
 */
export async function classifyRows(
  manager: EntityManager,
  table: UpsertTable,
  rows: Row[],
): Promise<UpsertCounts> {
  const [classified]: { inserted: number; updated: number }[] = await manager.query(
    classification(table, unnest(table)),
    columnArrays(table, rows),
  );
  return countsOf(rows, classified);
}

/** `t.key = <the same key read from the jsonb column c.key>`, for every key column. */
export function keyFromJson(table: UpsertTable, alias: string, json: string): string {
  return table.keys
    .map((k) => `${alias}.${quote(k.column)} = (${json}->>'${k.column}')::${k.type}`)
    .join(' AND ');
}

/**
 * Classifies the rows and, in the same statement, inserts the new ones and updates the changed
 * ones, setting `extra` on both; unchanged rows are not touched. Both parts see the table as it
 * was before the statement (one snapshot), and the rows are sent and unpacked once. With
 * `changesTable`, every cell written is recorded there first, as it was (null when new), under
 * `extra.importId`: what undoing the import restores.
 */
export async function upsertRows(
  manager: EntityManager,
  table: UpsertTable,
  rows: Row[],
  extra: Row,
  changesTable?: string,
): Promise<UpsertCounts> {
  const columns = [...table.keys, ...table.values].map((c) => c.column);
  const extraColumns = Object.keys(extra);
  const extraParams = extraColumns.map((_, i) => `$${columns.length + i + 1}`);
  const all = [...columns, ...extraColumns];
  const firstKey = firstKeyOf(table);
  const importParam = extraParams[extraColumns.indexOf('importId')];
  const capture =
    changesTable && importParam
      ? `captured AS (
            INSERT INTO ${changesTable} ("importId", "key", "previous")
            SELECT ${importParam}::uuid,
                   jsonb_build_object(${table.keys.map((k) => `'${k.column}', r.${quote(k.column)}`).join(', ')}),
                   CASE WHEN ${firstKey} IS NULL THEN NULL ELSE to_jsonb(t.*) END
              FROM r LEFT JOIN ${table.name} t ON ${keyMatch(table)}
             WHERE ${firstKey} IS NULL OR ${differs(table)}),`
      : '';
  const [classified]: { inserted: number; updated: number }[] = await manager.query(
    `WITH r AS MATERIALIZED (SELECT * FROM ${unnest(table)}),
          ${capture}
          written AS (
            INSERT INTO ${table.name} (${all.map(quote).join(', ')})
            SELECT r.*, ${extraParams.join(', ')} FROM r
            ON CONFLICT (${table.keys.map((k) => quote(k.column)).join(', ')}) DO UPDATE SET
              ${[...table.values.map((v) => v.column), ...extraColumns].map((c) => `${quote(c)} = EXCLUDED.${quote(c)}`).join(', ')}
            WHERE ${table.values.map((v) => `${table.name}.${quote(v.column)} IS DISTINCT FROM EXCLUDED.${quote(v.column)}`).join(' OR ')})
     ${classification(table, 'r')}`,
    [...columnArrays(table, rows), ...extraColumns.map((column) => extra[column])],
  );
  return countsOf(rows, classified);
}
