import {
  generateObservations,
  readDistricts,
  VASTERAS,
  type DemoObservation,
} from '@lagesbild/demo-data';
import { withClient } from './databases';
import { expectData, postGraphQL } from './graphql-client';
import type { Product } from './product';
import { periodStart } from './scale';

/**
 * `count` observations of the demo indicators for Västerås's districts in months before the
 * seeded ones (2000 on), so that every row is new: validated against the catalogue and the
 * populations, classified and inserted.
 */
export function importRows(count: number): DemoObservation[] {
  const rows: DemoObservation[] = [];
  const generated = generateObservations({
    districts: readDistricts(VASTERAS),
    fromMonth: '2000-01',
    untilMonth: '2019-12',
    seed: 7,
  });
  for (const row of generated) {
    if (rows.length >= count) break;
    if (row.indicator !== 'population') rows.push(row);
  }
  if (rows.length < count) throw new Error(`Only ${rows.length} rows could be generated.`);
  return rows;
}

/** The rows as the CSV an analyst uploads. */
export function importCsv(rows: DemoObservation[]): string {
  const lines = ['indicator,district,period,value,numerator,denominator'];
  for (const row of rows) {
    lines.push(
      [
        row.indicator,
        row.district,
        row.period,
        row.value,
        row.numerator ?? '',
        row.denominator ?? '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

export interface ImportMeasurement {
  rows: number;
  bytes: number;
  seconds: number;
  /** NaN when the import failed. */
  rowsPerSecond: number;
  /** Why it failed, and whether the subgraph committed the rows all the same. */
  failed: string | null;
}

const IMPORT = `mutation Import($content: String!, $dryRun: Boolean!) {
  importObservations(format: CSV, content: $content, dryRun: $dryRun) {
    ok rows inserted existing importId problems { row field message }
  }
}`;

interface ImportAnswer {
  importObservations: {
    ok: boolean;
    rows: number;
    inserted: number;
    importId: string | null;
    problems: { row: number; field: string; message: string }[];
  };
}

async function importIds(databaseUrl: string): Promise<Set<string>> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM situation.data_import');
    return new Set(rows.map((row) => row.id));
  });
}

/**
 * Imports the file through the gateway as the analyst, timed from sending to the answer, then
 * removes what it inserted (through `pg`), so that the next run and the other phases see the
 * database as seeded. A dry run checks and classifies every row but writes nothing. When the
 * gateway gives up (SUBGRAPH_MUTATION_TIMEOUT_MS), the subgraph rolls the import back; the bench
 * still watches for a minute for a commit the answer did not report, names it as a failure, and
 * removes it too.
 */
export async function measureImport(
  product: Product,
  csv: string,
  dryRun: boolean,
): Promise<ImportMeasurement> {
  const body = JSON.stringify({ query: IMPORT, variables: { content: csv, dryRun } });
  const before = await importIds(product.databaseUrl);
  const started = performance.now();
  let failed: string | null = null;
  let rows = 0;
  try {
    const answer = await postGraphQL<ImportAnswer>(
      product.gatewayUrl,
      await product.token('analytiker'),
      body,
      300_000,
    );
    const result = expectData(answer, 'importObservations').importObservations;
    rows = result.rows;
    if (!result.ok || result.inserted !== result.rows) {
      failed = `not every row inserted: ${JSON.stringify({ ...result, problems: result.problems.slice(0, 3) })}`;
    }
  } catch (error) {
    failed = error instanceof Error ? error.message : String(error);
  }
  const seconds = (performance.now() - started) / 1000;
  if (!dryRun) {
    // Bounded: at most 60 polls of a second for a commit that the answer did not report.
    let added: string[] = [];
    for (let poll = 0; poll < 60; poll++) {
      added = [...(await importIds(product.databaseUrl))].filter((id) => !before.has(id));
      if (added.length > 0 || !failed) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    if (failed && added.length > 0) failed += ' — yet the subgraph committed the import';
    await withClient(product.databaseUrl, async (client) => {
      for (const id of added) {
        await client.query('DELETE FROM situation.observation WHERE "importId" = $1', [id]);
        await client.query('DELETE FROM situation.data_import WHERE id = $1', [id]);
      }
      await client.query('VACUUM ANALYZE situation.observation');
    });
  }
  return {
    rows,
    bytes: Buffer.byteLength(body),
    seconds,
    rowsPerSecond: failed ? Number.NaN : rows / seconds,
    failed,
  };
}

const COLUMNS = [
  ['indicatorId', 'uuid'],
  ['districtCode', 'text'],
  ['period', 'text'],
  ['periodStart', 'date'],
  ['value', 'float8'],
  ['numerator', 'float8'],
  ['denominator', 'float8'],
  ['provisional', 'boolean'],
] as const;
const VALUES = ['periodStart', 'value', 'numerator', 'denominator', 'provisional'];
const UNNEST = `unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) AS r(${COLUMNS.map(([name]) => `"${name}"`).join(', ')})`;

/** The classification of the rows against what is stored: alone, it is the dry run's statement. */
const classifySql = (
  rows: string,
) => `SELECT count(*) FILTER (WHERE t."indicatorId" IS NULL)::int AS inserted,
  count(*) FILTER (WHERE t."indicatorId" IS NOT NULL AND (${VALUES.map((v) => `t."${v}" IS DISTINCT FROM r."${v}"`).join(' OR ')}))::int AS updated
  FROM ${rows}
  LEFT JOIN situation.observation t
    ON t."indicatorId" = r."indicatorId" AND t."districtCode" = r."districtCode" AND t."period" = r."period"`;
const CLASSIFY_SQL = classifySql(UNNEST);

/** The import's writing statement as the product's upsert (apps/situation/src/import/upsert.ts) writes it. */
const UPSERT_SQL = `WITH r AS MATERIALIZED (SELECT * FROM ${UNNEST}),
  written AS (
    INSERT INTO situation.observation (${[...COLUMNS.map(([name]) => `"${name}"`), '"importId"'].join(', ')})
    SELECT r.*, $9 FROM r
    ON CONFLICT ("indicatorId", "districtCode", "period") DO UPDATE SET
      ${[...VALUES, 'importId'].map((c) => `"${c}" = EXCLUDED."${c}"`).join(', ')}
    WHERE ${VALUES.map((v) => `situation.observation."${v}" IS DISTINCT FROM EXCLUDED."${v}"`).join(' OR ')})
  ${classifySql('r')}`;

/** The database's own floor for writing the rows: one plain INSERT, foreign keys still checked. */
const INSERT_SQL = `INSERT INTO situation.observation (${[...COLUMNS.map(([name]) => `"${name}"`), '"importId"'].join(', ')})
  SELECT r.*, $9 FROM ${UNNEST}`;

export interface ImportEvidence {
  /** The dry run's statement. */
  classifyMs: number;
  /** The import's one writing statement: classification, INSERT and UPDATE. */
  upsertMs: number;
  /** Time in each trigger of the upsert (the foreign-key checks), with its number of calls. */
  triggers: { name: string; ms: number; calls: number }[];
  /** The same rows in one plain INSERT through `pg`, timed from sending to the answer. */
  insertFloorMs: number;
}

interface PlanJson {
  'Execution Time': number;
  Triggers?: { 'Trigger Name': string; Time: number; Calls: number }[];
}

/**
 * Where the import's time in the database goes: the dry run's classification and the import's
 * upsert, with the same rows, under EXPLAIN ANALYZE; and the floor, the same rows in one plain
 * INSERT. Each in a transaction that is rolled back.
 */
export async function importEvidence(
  databaseUrl: string,
  rows: DemoObservation[],
): Promise<ImportEvidence> {
  return withClient(databaseUrl, async (client) => {
    const ids = new Map(
      (
        await client.query<{ id: string; key: string }>('SELECT id, key FROM situation.indicator')
      ).rows.map((row) => [row.key, row.id]),
    );
    const params = [
      rows.map((row) => ids.get(row.indicator)),
      rows.map((row) => row.district),
      rows.map((row) => row.period),
      rows.map((row) => periodStart(row.period)),
      rows.map((row) => row.value),
      rows.map((row) => row.numerator),
      rows.map((row) => row.denominator),
      rows.map(() => false),
    ];
    const explain = async (sql: string, values: unknown[]) => {
      const { rows: plan } = await client.query<{ 'QUERY PLAN': PlanJson[] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
        values,
      );
      const root = plan[0]?.['QUERY PLAN'][0];
      if (!root) throw new Error('EXPLAIN gave no plan.');
      return root;
    };
    const recordImport = async () => {
      const {
        rows: [record],
      } = await client.query<{ id: string }>(
        `INSERT INTO situation.data_import (format, "importedBy", "rowCount", inserted, updated, unchanged)
         VALUES ('CSV', 'bench', 0, 0, 0, 0) RETURNING id`,
      );
      return record?.id;
    };
    /** Runs `work` in a transaction that is rolled back, then clears away its dead rows. */
    const rolledBack = async <T>(work: () => Promise<T>): Promise<T> => {
      await client.query('BEGIN');
      try {
        return await work();
      } finally {
        await client.query('ROLLBACK');
        await client.query('VACUUM situation.observation');
      }
    };
    const classify = await rolledBack(() => explain(CLASSIFY_SQL, params));
    const upsert = await rolledBack(async () =>
      explain(UPSERT_SQL, [...params, await recordImport()]),
    );
    const insertFloorMs = await rolledBack(async () => {
      const values = [...params, await recordImport()];
      const started = performance.now();
      await client.query(INSERT_SQL, values);
      return performance.now() - started;
    });
    return {
      classifyMs: classify['Execution Time'],
      upsertMs: upsert['Execution Time'],
      triggers: (upsert.Triggers ?? []).map((t) => ({
        name: t['Trigger Name'],
        ms: t.Time,
        calls: t.Calls,
      })),
      insertFloorMs,
    };
  });
}
