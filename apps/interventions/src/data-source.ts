import { createDataSource } from '@lagesbild/db';
import type { DataSource } from 'typeorm';
import { interventionsEntities } from './entities';
import { interventionsMigrations } from './migrations';

export const INTERVENTIONS_SCHEMA = 'interventions';

export function createInterventionsDataSource(
  url: string,
  onQuery?: (sql: string) => void,
): DataSource {
  return createDataSource({
    url,
    schema: INTERVENTIONS_SCHEMA,
    entities: interventionsEntities,
    migrations: interventionsMigrations,
    onQuery,
  });
}
