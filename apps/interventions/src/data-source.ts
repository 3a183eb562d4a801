import { createDataSource, type QueryListener } from '@lagesbild/db';
import type { DataSource } from 'typeorm';
import { interventionsEntities } from './entities';
import { interventionsMigrations } from './migrations';

export const INTERVENTIONS_SCHEMA = 'interventions';

export function createInterventionsDataSource(url: string, onQuery?: QueryListener): DataSource {
  return createDataSource({
    url,
    schema: INTERVENTIONS_SCHEMA,
    entities: interventionsEntities,
    migrations: interventionsMigrations,
    onQuery,
  });
}
