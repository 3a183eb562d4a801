import { Period } from '@lagesbild/period';
import type { Client } from 'pg';
import {
  generateObservations,
  monthIndex,
  monthLabel,
  readDistricts,
  VASTERAS,
  type DemoDistrict,
  type DemoObservation,
  type MunicipalityDemo,
} from '@lagesbild/demo-data';

/**
 * The scaled dataset. 1× is Västerås as `npm start` seeds it (50 districts, the demo indicators,
 * monthly, quarterly and yearly figures from `observationMonths`). N× keeps the same districts and
 * indicators and adds N − 1 earlier blocks of history of the same length, each generated like the
 * seed (its own seed, its own drift), with a population figure for every year: the observations
 * table holds N times the rows while the situation picture — every district × every indicator at
 * its latest period — stays the same answer. So the 100×÷1× ratio measures what the stored history
 * costs a query that should not read it. (A hundred municipalities in one `situation` schema is not
 * a state this product can be in: the picture, the series and the municipal figures have no
 * municipality scope, so every district would join Västerås's municipal figure.)
 */
export interface HistoryBlock {
  /** Month indexes (year × 12 + month − 1), inclusive. */
  fromMonth: number;
  untilMonth: number;
  seed: number;
}

function seededMonths(municipality: MunicipalityDemo) {
  const first = monthIndex(municipality.observationMonths.from);
  return { first, length: monthIndex(municipality.observationMonths.until) - first + 1 };
}

/** The largest scale whose history still begins in the year 1 (PostgreSQL has no year 0). */
export function maxScale(municipality: MunicipalityDemo = VASTERAS): number {
  const { first, length } = seededMonths(municipality);
  return Math.floor((first - 12) / length) + 1;
}

/** The N − 1 blocks of history before the seeded months, newest first, without overlap. */
export function historyBlocks(
  scale: number,
  municipality: MunicipalityDemo = VASTERAS,
): HistoryBlock[] {
  const largest = maxScale(municipality);
  if (scale > largest) {
    throw new Error(
      `A scale of ${scale}× would reach back before the year 1; at most ${largest}× fits.`,
    );
  }
  const { first, length } = seededMonths(municipality);
  return Array.from({ length: Math.max(0, Math.round(scale) - 1) }, (_, i) => ({
    fromMonth: first - length * (i + 1),
    untilMonth: first - length * i - 1,
    seed: 2026 + i + 1,
  }));
}

/** The first day of a period written `2026-03`, `2026-Q1` or `2026`. */
export function periodStart(period: string): string {
  return Period.parse(period).start;
}

/**
 * The observations the scale adds to the seed, block by block, streamed. Each block's districts
 * carry a population for every year the block touches that no newer block (nor the seed) has: the
 * seed's population pattern, shifted back in time.
 */
export function* scaledHistory(
  scale: number,
  municipality: MunicipalityDemo = VASTERAS,
  districts: DemoDistrict[] = readDistricts(municipality),
): Generator<DemoObservation> {
  const populated = new Set<number>();
  for (
    let year = municipality.populationYears.from;
    year <= municipality.populationYears.to;
    year++
  ) {
    populated.add(year);
  }
  for (const block of historyBlocks(scale, municipality)) {
    const fromYear = Math.floor(block.fromMonth / 12);
    const untilYear = Math.floor(block.untilMonth / 12);
    const years: number[] = [];
    for (let year = fromYear; year <= untilYear; year++) {
      if (!populated.has(year)) years.push(year);
      populated.add(year);
    }
    const shifted = districts.map((district) => ({
      ...district,
      populations: years.map((year) => ({
        year,
        population:
          district.populations[Math.min(year - fromYear, district.populations.length - 1)]
            ?.population ?? 0,
      })),
    }));
    yield* generateObservations({
      districts: shifted,
      fromMonth: monthLabel(block.fromMonth),
      untilMonth: monthLabel(block.untilMonth),
      seed: block.seed,
    });
  }
}

export interface BulkLoadResult {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

const BATCH = 20_000;

/**
 * Bulk-loads the scaled history into the `situation` schema the subgraph has migrated: one
 * synthetic import record, then INSERT … SELECT FROM unnest(…) in batches of 20 000 rows through
 * `pg`, then ANALYZE so that the planner knows the table's new size.
 */
export async function loadScaledHistory(client: Client, scale: number): Promise<BulkLoadResult> {
  const started = performance.now();
  const indicators = new Map<string, string>(
    (
      await client.query<{ id: string; key: string }>('SELECT id, key FROM situation.indicator')
    ).rows.map((row) => [row.key, row.id]),
  );
  const {
    rows: [record],
  } = await client.query<{ id: string }>(
    `INSERT INTO situation.data_import (format, "importedBy", "rowCount", inserted, updated, unchanged, synthetic)
     VALUES ('DEMO', 'bench', 0, 0, 0, 0, true) RETURNING id`,
  );
  if (!record) throw new Error('No import record was created.');
  const columns = () => ({
    indicator: [] as string[],
    district: [] as string[],
    period: [] as string[],
    start: [] as string[],
    value: [] as number[],
    numerator: [] as (number | null)[],
    denominator: [] as (number | null)[],
  });
  let batch = columns();
  let rows = 0;
  const flush = async () => {
    if (batch.indicator.length === 0) return;
    await client.query(
      `INSERT INTO situation.observation
         ("indicatorId", "districtCode", period, "periodStart", value, numerator, denominator, "importId")
       SELECT *, $8::uuid FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[],
                                      $5::float8[], $6::float8[], $7::float8[])`,
      [
        batch.indicator,
        batch.district,
        batch.period,
        batch.start,
        batch.value,
        batch.numerator,
        batch.denominator,
        record.id,
      ],
    );
    batch = columns();
  };
  for (const observation of scaledHistory(scale)) {
    const indicatorId = indicators.get(observation.indicator);
    if (!indicatorId) throw new Error(`Unknown indicator ${observation.indicator}`);
    batch.indicator.push(indicatorId);
    batch.district.push(observation.district);
    batch.period.push(observation.period);
    batch.start.push(periodStart(observation.period));
    batch.value.push(observation.value);
    batch.numerator.push(observation.numerator);
    batch.denominator.push(observation.denominator);
    rows++;
    if (batch.indicator.length >= BATCH) await flush();
  }
  await flush();
  await client.query(
    `UPDATE situation.data_import SET "rowCount" = $2, inserted = $2 WHERE id = $1`,
    [record.id, rows],
  );
  await client.query('ANALYZE situation.observation');
  const seconds = (performance.now() - started) / 1000;
  return { rows, seconds, rowsPerSecond: rows / seconds };
}
