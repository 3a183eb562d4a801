import type { DataSource, EntityManager } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError } from '@lagesbild/subgraph-kit';
import { SITUATION_SCHEMA } from '../data-source';
import { DataImport } from './data-import.entity';
import { IMPORT_CHANGES, TABLE_OF, lockImports } from './import-tables';
import { keyFromJson, type UpsertTable } from './upsert';

/** At most this many cells are named when an undo is refused. */
const NAMED_CONFLICTS = 3;

interface ConflictRow {
  indicator: string;
  area: string;
  period: string;
  laterImportId: string | null;
  importedBy: string | null;
  importedAt: Date | null;
  total: number;
}

/**
 * Undoes an import: every cell it changed is put back exactly as it was (the stored row, every
 * column), every cell it added is removed, and the import is marked undone with who and when.
 * Refused while a later import has written any of the same cells: that import must be undone
 * first, or the later figures would be lost.
 */
export class ImportUndoService {
  constructor(private readonly dataSource: DataSource) {}

  undo(importId: string, undoneBy: string): Promise<DataImport> {
    return this.dataSource.transaction(async (manager) => {
      await lockImports(manager);
      const record = await manager.findOneBy(DataImport, { id: importId });
      if (!record) throw new NotFoundError(`No import has the id ${importId}.`);
      if (record.synthetic) {
        throw new InvalidInputError('id', 'Generated demo figures cannot be undone.');
      }
      if (record.undoneAt) {
        throw new ConflictError(
          `This import was undone already, by ${record.undoneBy} at ${record.undoneAt.toISOString()}.`,
        );
      }
      const table = TABLE_OF[record.format];
      await this.refuseLaterChanges(manager, table, importId);
      await manager.query(
        `DELETE FROM ${table.name} t USING ${IMPORT_CHANGES} c
          WHERE c."importId" = $1 AND ${keyFromJson(table, 't', 'c.key')}`,
        [importId],
      );
      await manager.query(
        `INSERT INTO ${table.name}
         SELECT (jsonb_populate_record(NULL::${table.name}, c.previous)).*
           FROM ${IMPORT_CHANGES} c
          WHERE c."importId" = $1 AND c.previous IS NOT NULL`,
        [importId],
      );
      await manager.update(DataImport, { id: importId }, { undoneAt: new Date(), undoneBy });
      return manager.findOneByOrFail(DataImport, { id: importId });
    });
  }

  private async refuseLaterChanges(
    manager: EntityManager,
    table: UpsertTable,
    importId: string,
  ): Promise<void> {
    const conflicts: ConflictRow[] = await manager.query(
      `SELECT i.key AS indicator, coalesce(c.key->>'districtCode', c.key->>'areaCode') AS area,
              c.key->>'period' AS period, t."importId" AS "laterImportId", d."importedBy", d."importedAt",
              count(*) OVER ()::int AS total
         FROM ${IMPORT_CHANGES} c
         LEFT JOIN ${table.name} t ON ${keyFromJson(table, 't', 'c.key')}
         LEFT JOIN ${SITUATION_SCHEMA}.data_import d ON d.id = t."importId"
         JOIN ${SITUATION_SCHEMA}.indicator i ON i.id = (c.key->>'indicatorId')::uuid
        WHERE c."importId" = $1 AND t."importId" IS DISTINCT FROM $1
        ORDER BY d."importedAt" DESC NULLS LAST, c.id
        LIMIT ${NAMED_CONFLICTS}`,
      [importId],
    );
    const [first] = conflicts;
    if (!first) return;
    const cells = conflicts.map((c) => `${c.indicator} for ${c.area} in ${c.period}`).join(', ');
    const later = first.importedBy
      ? `a later import (by ${first.importedBy} at ${first.importedAt?.toISOString()}, id ${first.laterImportId})`
      : 'a later change';
    throw new ConflictError(
      `This import cannot be undone: ${later} changed ${first.total} of its cells (${cells}${first.total > conflicts.length ? ', …' : ''}). Undo the later import first.`,
      { laterImportId: first.laterImportId, cells: first.total },
    );
  }
}
