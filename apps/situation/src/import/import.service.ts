import type { DataSource, EntityManager } from 'typeorm';
import { InvalidInputError } from '@lagesbild/subgraph-kit';
import { PopulationLookup } from '../figures/population-lookup';
import { IndicatorFrequency, Normalisation } from '../indicator/indicator-enums';
import { Indicator } from '../indicator/indicator.entity';
import { POPULATION_KEY } from '../indicator/indicator.service';
import { ObservationService } from '../observation/observation.service';
import { Period } from '../period/period';
import { readCsv } from './csv-reader';
import { DataImport, ImportFormat } from './data-import.entity';
import { ObservationFileFormat, type ImportProblem, type ImportResult } from './import.types';
import { readKolada } from './kolada-reader';
import type { ParsedObservation, ParsedReference } from './parsed-row';
import { upsertRows, type UpsertCounts, type UpsertTable } from './upsert';

/** At most this many problems are listed; the count says how many there were. */
const MAX_PROBLEMS = 500;

/** Content larger than this is refused before it is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const OBSERVATIONS: UpsertTable = {
  name: 'situation.observation',
  keys: [
    { column: 'indicatorId', type: 'uuid' },
    { column: 'districtCode', type: 'text' },
    { column: 'period', type: 'text' },
  ],
  values: [
    { column: 'periodStart', type: 'date' },
    { column: 'value', type: 'float8' },
    { column: 'numerator', type: 'float8' },
    { column: 'denominator', type: 'float8' },
    { column: 'provisional', type: 'boolean' },
  ],
};

const REFERENCES: UpsertTable = {
  name: 'situation.reference_observation',
  keys: [
    { column: 'indicatorId', type: 'uuid' },
    { column: 'areaCode', type: 'text' },
    { column: 'period', type: 'text' },
  ],
  values: [
    { column: 'periodStart', type: 'date' },
    { column: 'value', type: 'float8' },
  ],
};

const FREQUENCY_EXAMPLE: Record<IndicatorFrequency, string> = {
  MONTH: 'monthly: write the period as 2026-03',
  QUARTER: 'quarterly: write the period as 2026-Q1',
  YEAR: 'yearly: write the period as 2026',
};

const isWhole = (n: number) => Number.isInteger(n);

/** A row ready to store. */
type StorableRow = Record<string, unknown>;

/**
 * Imports indicator data: reads the file, checks every row against the indicator catalogue and
 * the known districts, and — only when no row has a problem — writes all rows in one transaction
 * as an idempotent upsert (a second import of the same file changes nothing).
 */
export class ImportService {
  constructor(private readonly dataSource: DataSource) {}

  async importFile(
    format: ObservationFileFormat,
    content: string,
    options: { dryRun: boolean; importedBy: string },
  ): Promise<ImportResult> {
    if (Buffer.byteLength(content) > MAX_IMPORT_BYTES) {
      throw new InvalidInputError(
        'content',
        `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it into several imports.`,
      );
    }
    return format === ObservationFileFormat.CSV
      ? this.importObservations(content, options)
      : this.importReferences(content, options);
  }

  private async importObservations(
    content: string,
    options: { dryRun: boolean; importedBy: string },
  ): Promise<ImportResult> {
    const file = readCsv(content);
    const indicators = await this.indicatorsByKey();
    const populations = new PopulationLookup(
      await new ObservationService(this.dataSource).populations(),
    );
    const { rows, problems } = this.checkObservations(file.rows, indicators, populations);
    return this.store({
      format: ImportFormat.CSV,
      table: OBSERVATIONS,
      rows,
      problems: [...file.problems, ...problems],
      rowCount: file.rowCount,
      skipped: file.skipped,
      ...options,
    });
  }

  private async importReferences(
    content: string,
    options: { dryRun: boolean; importedBy: string },
  ): Promise<ImportResult> {
    const file = readKolada(content);
    const indicators = [...(await this.indicatorsByKey()).values()];
    const byKpi = new Map(
      indicators.flatMap((i) => (i.koladaKpi ? [[i.koladaKpi, i] as const] : [])),
    );
    const { rows, problems } = this.checkReferences(file.rows, byKpi);
    return this.store({
      format: ImportFormat.KOLADA_JSON,
      table: REFERENCES,
      rows,
      problems: [...file.problems, ...problems],
      rowCount: file.rowCount,
      skipped: file.skipped,
      ...options,
    });
  }

  /** Stores generated demo observations as one synthetic import, without the file checks. */
  async importDemo(
    rows: Iterable<{
      indicator: string;
      district: string;
      period: string;
      value: number;
      numerator: number | null;
      denominator: number | null;
    }>,
  ): Promise<UpsertCounts> {
    const indicators = await this.indicatorsByKey();
    const storable: StorableRow[] = [];
    for (const row of rows) {
      const indicator = indicators.get(row.indicator);
      if (!indicator)
        throw new Error(`The demo data names an unknown indicator "${row.indicator}".`);
      storable.push({
        indicatorId: indicator.id,
        districtCode: row.district,
        period: row.period,
        periodStart: Period.parse(row.period).start,
        value: row.value,
        numerator: row.numerator,
        denominator: row.denominator,
        provisional: false,
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const { id } = await this.recordImport(
        manager,
        ImportFormat.DEMO,
        'demo',
        storable.length,
        null,
        true,
      );
      const counts = await upsertRows(manager, OBSERVATIONS, storable, { importId: id }, true);
      await manager.update(DataImport, { id }, counts);
      return counts;
    });
  }

  latest(count: number): Promise<DataImport[]> {
    return this.dataSource
      .getRepository(DataImport)
      .find({ order: { importedAt: 'DESC' }, take: count });
  }

  private async indicatorsByKey(): Promise<Map<string, Indicator>> {
    const all = await this.dataSource.getRepository(Indicator).find();
    return new Map(all.map((i) => [i.key, i]));
  }

  private checkObservations(
    parsed: ParsedObservation[],
    indicators: Map<string, Indicator>,
    populations: PopulationLookup,
  ): { rows: StorableRow[]; problems: ImportProblem[] } {
    const problems: ImportProblem[] = [];
    const rows: StorableRow[] = [];
    const seen = new Map<string, number>();
    // Districts get their population in this file or earlier; both make them known.
    const districts = new Set(populations.districts());
    for (const row of parsed) if (row.indicator === POPULATION_KEY) districts.add(row.district);

    for (const row of parsed) {
      const problem = (field: string, message: string) =>
        problems.push({ row: row.row, field, message });
      const indicator = indicators.get(row.indicator);
      if (!indicator) {
        problem(
          'indicator',
          `Unknown indicator "${row.indicator}". Known: ${[...indicators.keys()].join(', ')}.`,
        );
        continue;
      }
      let period: Period;
      try {
        period = Period.parse(row.period, 'period');
      } catch (error) {
        problem('period', (error as Error).message);
        continue;
      }
      if (period.frequency !== (indicator.frequency as string)) {
        problem(
          'period',
          `"${row.period}" does not fit ${indicator.key}, which is ${FREQUENCY_EXAMPLE[indicator.frequency]}.`,
        );
        continue;
      }
      if (
        indicator.key === POPULATION_KEY
          ? !/^\d{4}[A-Z]\d{3,4}$/.test(row.district)
          : !districts.has(row.district)
      ) {
        problem(
          'district',
          `Unknown district "${row.district}": import its population (indicator "${POPULATION_KEY}") first.`,
        );
        continue;
      }
      const valueProblem = this.valueProblem(indicator, row);
      if (valueProblem) {
        problem(valueProblem.field, valueProblem.message);
        continue;
      }
      const key = `${indicator.key}|${row.district}|${period}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problem(
          'period',
          `Duplicate: row ${first} already gives ${indicator.key} for ${row.district} in ${period}.`,
        );
        continue;
      }
      seen.set(key, row.row);
      rows.push({
        indicatorId: indicator.id,
        districtCode: row.district,
        period: period.toString(),
        periodStart: period.start,
        value: row.value,
        numerator: row.numerator,
        denominator: row.denominator,
        provisional: row.provisional,
      });
    }
    return { rows, problems };
  }

  private valueProblem(
    indicator: Indicator,
    row: ParsedObservation,
  ): { field: string; message: string } | null {
    const { value, numerator, denominator } = row;
    if (numerator !== null && numerator < 0)
      return { field: 'numerator', message: `numerator ${numerator} is negative.` };
    if (denominator !== null && denominator < 0)
      return { field: 'denominator', message: `denominator ${denominator} is negative.` };
    if (numerator !== null && denominator !== null && numerator > denominator) {
      return {
        field: 'numerator',
        message: `numerator ${numerator} is larger than denominator ${denominator}.`,
      };
    }
    if (
      indicator.normalisation === Normalisation.PER_1000_INHABITANTS ||
      indicator.key === POPULATION_KEY
    ) {
      if (value < 0) return { field: 'value', message: `value ${value} is a negative count.` };
      if (!isWhole(value))
        return {
          field: 'value',
          message: `value ${value} must be a whole number: ${indicator.key} counts events.`,
        };
    }
    if (indicator.normalisation === Normalisation.SHARE) {
      if (value < 0 || value > 100)
        return { field: 'value', message: `value ${value} is not a share between 0 and 100 %.` };
      if ((numerator === null) !== (denominator === null)) {
        return {
          field: numerator === null ? 'numerator' : 'denominator',
          message: 'Give both numerator and denominator, or neither.',
        };
      }
    }
    return null;
  }

  private checkReferences(
    parsed: ParsedReference[],
    byKpi: Map<string, Indicator>,
  ): { rows: StorableRow[]; problems: ImportProblem[] } {
    const problems: ImportProblem[] = [];
    const rows: StorableRow[] = [];
    const seen = new Map<string, number>();
    for (const row of parsed) {
      const problem = (field: string, message: string) =>
        problems.push({ row: row.row, field, message });
      const indicator = byKpi.get(row.kpi);
      if (!indicator) {
        problem(
          'kpi',
          `No indicator is mapped to the Kolada KPI "${row.kpi}". Mapped: ${[...byKpi.keys()].join(', ') || 'none'}.`,
        );
        continue;
      }
      if (!/^\d{4}$/.test(row.areaCode)) {
        problem(
          'municipality',
          `"${row.areaCode}" is not a municipality code (four digits; 0000 for Sweden).`,
        );
        continue;
      }
      let period: Period;
      try {
        period = Period.parse(row.period, 'period');
      } catch (error) {
        problem('period', (error as Error).message);
        continue;
      }
      const key = `${row.kpi}|${row.areaCode}|${period}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problem(
          'period',
          `Duplicate: entry ${first} already gives ${row.kpi} for ${row.areaCode} in ${period}.`,
        );
        continue;
      }
      seen.set(key, row.row);
      rows.push({
        indicatorId: indicator.id,
        areaCode: row.areaCode,
        period: period.toString(),
        periodStart: period.start,
        value: row.value * (indicator.koladaFactor ?? 1),
      });
    }
    return { rows, problems };
  }

  private async store(input: {
    format: ImportFormat;
    table: UpsertTable;
    rows: StorableRow[];
    problems: ImportProblem[];
    rowCount: number;
    skipped: number;
    dryRun: boolean;
    importedBy: string;
  }): Promise<ImportResult> {
    const base = { dryRun: input.dryRun, rows: input.rowCount, skipped: input.skipped };
    if (input.problems.length > 0) {
      return {
        ...base,
        ok: false,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        problems: input.problems.sort((a, b) => a.row - b.row).slice(0, MAX_PROBLEMS),
        importId: null,
      };
    }
    return this.dataSource.transaction(async (manager) => {
      // One import at a time: two imports of overlapping rows must not interleave their counts.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('situation.import'))`);
      const counts = await upsertRows(manager, input.table, input.rows, {}, false);
      if (input.dryRun || counts.inserted + counts.updated === 0) {
        return { ...base, ok: true, ...counts, problems: [], importId: null };
      }
      const record = await this.recordImport(
        manager,
        input.format,
        input.importedBy,
        input.rowCount,
        counts,
        false,
      );
      await upsertRows(manager, input.table, input.rows, { importId: record.id }, true);
      return { ...base, ok: true, ...counts, problems: [], importId: record.id };
    });
  }

  private recordImport(
    manager: EntityManager,
    format: ImportFormat,
    importedBy: string,
    rowCount: number,
    counts: UpsertCounts | null,
    synthetic: boolean,
  ): Promise<DataImport> {
    return manager.save(DataImport, {
      format,
      importedBy,
      rowCount,
      inserted: counts?.inserted ?? 0,
      updated: counts?.updated ?? 0,
      unchanged: counts?.unchanged ?? 0,
      synthetic,
    });
  }
}
