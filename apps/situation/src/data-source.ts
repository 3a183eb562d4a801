import { createDataSource, type QueryListener } from '@lagesbild/db';
import type { DataSource } from 'typeorm';
import { situationEntities } from './entities';
import { situationMigrations } from './migrations';

export const SITUATION_SCHEMA = 'situation';

export function createSituationDataSource(url: string, onQuery?: QueryListener): DataSource {
  return createDataSource({
    url,
    schema: SITUATION_SCHEMA,
    entities: situationEntities,
    migrations: situationMigrations,
    onQuery,
  });
}
