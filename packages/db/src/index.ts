import 'reflect-metadata';

export { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database';
export {
  createDataSource,
  type QueryListener,
  type SubgraphDataSourceOptions,
} from './data-source';
export { openDatabase, DatabaseStartupError } from './open-database';
export { databaseStatus, type DatabaseStatus } from './database-status';
export {
  generateMigration,
  schemaDrift,
  type GenerateMigrationOptions,
} from './generate-migration';
export {
  DataVersion,
  installDataVersion,
  raiseDataVersionOn,
  readDataVersion,
  tablesWithoutDataVersion,
  uninstallDataVersion,
} from './data-version';
