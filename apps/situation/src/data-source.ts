import { createDataSource } from '@lagesbild/db';
import type { DataSource } from 'typeorm';
import { situationEntities } from './entities';
import { situationMigrations } from './migrations';

export const SITUATION_SCHEMA = 'situation';

export function createSituationDataSource(
  url: string,
  onQuery?: (sql: string) => void,
): DataSource {
  return createDataSource({
    url,
    schema: SITUATION_SCHEMA,
    entities: situationEntities,
    migrations: situationMigrations,
    onQuery,
  });
}
