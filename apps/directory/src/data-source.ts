import { createDataSource, type QueryListener } from '@lagesbild/db';
import type { DataSource } from 'typeorm';
import { directoryEntities } from './entities';
import { directoryMigrations } from './migrations';

export const DIRECTORY_SCHEMA = 'directory';

export function createDirectoryDataSource(url: string, onQuery?: QueryListener): DataSource {
  return createDataSource({
    url,
    schema: DIRECTORY_SCHEMA,
    entities: directoryEntities,
    migrations: directoryMigrations,
    onQuery,
  });
}
