import type { EntityManager } from 'typeorm';
import { SITUATION_SCHEMA } from '../data-source';
import { ImportFormat } from './data-import.entity';
import type { UpsertTable } from './upsert';

export const OBSERVATIONS: UpsertTable = {
  name: `${SITUATION_SCHEMA}.observation`,
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

export const REFERENCES: UpsertTable = {
  name: `${SITUATION_SCHEMA}.reference_observation`,
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

/** Where each import's cells were recorded, as they were before it. */
export const IMPORT_CHANGES = `${SITUATION_SCHEMA}.import_change`;

/** The table an import of a format writes to. */
export const TABLE_OF: Record<ImportFormat, UpsertTable> = {
  [ImportFormat.CSV]: OBSERVATIONS,
  [ImportFormat.DEMO]: OBSERVATIONS,
  [ImportFormat.KOLADA_JSON]: REFERENCES,
};

/**
 * One import or undo at a time, until the transaction ends: two writes of overlapping cells must
 * not interleave their counts or what they record as replaced.
 */
export async function lockImports(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('situation.import'))`);
}
