import type { DataSource, EntityManager } from 'typeorm';
import { InvalidInputError } from '@lagesbild/subgraph-kit';
import { Indicator } from '../indicator/indicator.entity';
import type { ObservationService } from '../observation/observation.service';
import { Period, todayInStockholm } from '@lagesbild/period';
import { readCsv } from './csv-reader';
import { checkObservations } from './observation-checks';
import { checkReferences } from './reference-checks';
import type { StorableRow } from './row-checker';
import { DataImport, ImportFormat } from './data-import.entity';
import type { DistrictCodes } from './directory-districts';
import { IMPORT_CHANGES, OBSERVATIONS, REFERENCES, lockImports } from './import-tables';
import { ObservationFileFormat, type ImportProblem, type ImportResult } from './import.types';
import { readKolada } from './kolada-reader';
import { classifyRows, upsertRows, type UpsertCounts, type UpsertTable } from './upsert';

/** At most this many problems are listed; the count says how many there were. */
const MAX_PROBLEMS = 500;

/** Content larger than this is refused before it is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ImportOptions {
  /** Check and classify every row, write nothing. */
  dryRun: boolean;
  importedBy: string;
  /** The districts the directory knows, read when a file of district figures is checked. */
  districts: DistrictCodes;
  /** Today in Sweden (ISO date); by default the real one. */
  today?: string;
  /** Aborted when the caller stops waiting: the import then rolls back instead of committing. */
  signal?: AbortSignal;
}

/**
 * Imports indicator data: reads the file, checks every row against the indicator catalogue and
 * the directory's districts, and — only when no row has a problem — writes all rows in one
 * transaction as an idempotent upsert (a second import of the same file changes no figure),
 * recording each cell it writes as it was, so that the import can be undone.
 *
 * The answer (dry run or not) tells new cells from cells stored already, never whether a stored
 * cell holds the value given: "unchanged" would confirm a guess at a suppressed figure. For the
 * same reason every import is recorded, even one that changed nothing.
 */
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly observations: ObservationService,
  ) {}

  async importFile(
    format: ObservationFileFormat,
    content: string,
    options: ImportOptions,
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

  private async importObservations(content: string, options: ImportOptions): Promise<ImportResult> {
    const file = readCsv(content);
    const [indicators, districts, populations] = await Promise.all([
      this.indicatorsByKey(),
      file.rows.length > 0 ? options.districts() : new Set<string>(),
      this.observations.populations(),
    ]);
    const { rows, problems } = checkObservations(file.rows, {
      indicators,
      districts,
      populated: new Set(populations.map((p) => p.districtCode)),
      today: options.today ?? todayInStockholm(),
    });
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

  private async importReferences(content: string, options: ImportOptions): Promise<ImportResult> {
    const file = readKolada(content);
    const indicators = [...(await this.indicatorsByKey()).values()];
    const byKpi = new Map(
      indicators.flatMap((i) => (i.koladaKpi ? [[i.koladaKpi, i] as const] : [])),
    );
    const { rows, problems } = checkReferences(
      file.rows,
      byKpi,
      options.today ?? todayInStockholm(),
    );
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
        true,
      );
      const counts = await upsertRows(manager, OBSERVATIONS, storable, { importId: id });
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

  private async store(
    input: {
      format: ImportFormat;
      table: UpsertTable;
      rows: StorableRow[];
      problems: ImportProblem[];
      rowCount: number;
      skipped: number;
    } & ImportOptions,
  ): Promise<ImportResult> {
    const base = { dryRun: input.dryRun, rows: input.rowCount, skipped: input.skipped };
    if (input.problems.length > 0) {
      return {
        ...base,
        ok: false,
        inserted: 0,
        existing: 0,
        problems: input.problems.sort((a, b) => a.row - b.row).slice(0, MAX_PROBLEMS),
        importId: null,
      };
    }
    input.signal?.throwIfAborted();
    return this.dataSource.transaction(async (manager) => {
      await lockImports(manager);
      const answer = (counts: UpsertCounts, importId: string | null): ImportResult => ({
        ...base,
        ok: true,
        inserted: counts.inserted,
        existing: counts.updated + counts.unchanged,
        problems: [],
        importId,
      });
      if (input.dryRun) return answer(await classifyRows(manager, input.table, input.rows), null);
      const record = await this.recordImport(
        manager,
        input.format,
        input.importedBy,
        input.rowCount,
        false,
      );
      const counts = await upsertRows(
        manager,
        input.table,
        input.rows,
        { importId: record.id },
        IMPORT_CHANGES,
      );
      await manager.update(DataImport, { id: record.id }, counts);
      // The last moment to give up: a caller who is gone never learns of a commit.
      input.signal?.throwIfAborted();
      return answer(counts, record.id);
    });
  }

  private recordImport(
    manager: EntityManager,
    format: ImportFormat,
    importedBy: string,
    rowCount: number,
    synthetic: boolean,
  ): Promise<DataImport> {
    // The counts follow once the rows are written.
    return manager.save(DataImport, {
      format,
      importedBy,
      rowCount,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      synthetic,
    });
  }
}
