import { generateObservations, readDistricts, VASTERAS } from '@lagesbild/demo-data';
import { withClient } from './databases';
import { expectData, postGraphQL } from './graphql-client';
import type { Product } from './product';

/**
 * `count` CSV rows of the demo indicators for Västerås's districts in months before the seeded
 * ones (2004 on), so that every row is new: validated against the catalogue and the populations,
 * classified and inserted.
 */
export function importCsv(count: number): string {
  const lines = ['indicator,district,period,value,numerator,denominator'];
  const rows = generateObservations({
    districts: readDistricts(VASTERAS),
    fromMonth: '2004-01',
    untilMonth: '2019-12',
    seed: 7,
  });
  for (const row of rows) {
    if (lines.length > count) break;
    if (row.indicator === 'population') continue;
    lines.push(
      [row.indicator, row.district, row.period, row.value, row.numerator ?? '', row.denominator ?? ''].join(','),
    );
  }
  if (lines.length <= count) throw new Error(`Only ${lines.length - 1} rows could be generated.`);
  return `${lines.join('\n')}\n`;
}

export interface ImportMeasurement {
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
}

const IMPORT = `mutation Import($content: String!) {
  importObservations(format: CSV, content: $content) {
    ok rows inserted updated unchanged importId problems { row field message }
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

/**
 * Imports the file through the gateway as the analyst, timed from sending to the answer, then
 * removes what it inserted (through `pg`), so that the next run and the other phases see the
 * database as seeded.
 */
export async function measureImport(product: Product, csv: string): Promise<ImportMeasurement> {
  const body = JSON.stringify({ query: IMPORT, variables: { content: csv } });
  const answer = await postGraphQL<ImportAnswer>(
    product.gatewayUrl,
    await product.token('analytiker'),
    body,
    300_000,
  );
  const result = expectData(answer, 'importObservations').importObservations;
  try {
    if (!result.ok || result.inserted !== result.rows) {
      throw new Error(
        `The import did not insert every row: ${JSON.stringify({ ...result, problems: result.problems.slice(0, 3) })}`,
      );
    }
  } finally {
    if (result.importId) {
      await withClient(product.databaseUrl, async (client) => {
        await client.query('DELETE FROM situation.observation WHERE "importId" = $1', [result.importId]);
        await client.query('DELETE FROM situation.data_import WHERE id = $1', [result.importId]);
        await client.query('VACUUM ANALYZE situation.observation');
      });
    }
  }
  const seconds = answer.ms / 1000;
  return {
    rows: result.rows,
    bytes: Buffer.byteLength(body),
    seconds,
    rowsPerSecond: result.rows / seconds,
  };
}
