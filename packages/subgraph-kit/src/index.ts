import 'reflect-metadata';

export {
  DomainError,
  NotFoundError,
  ForbiddenError,
  InvalidInputError,
  ConflictError,
} from './domain-errors';
export { formatError } from './format-error';
export { quoted, checkUuid, uuidKey, SHORT_TEXT, LONG_TEXT, LIST_ITEMS } from './argument-limits';
export { buildSubgraphSchema, type SubgraphSchemaOptions } from './build-subgraph-schema';
export { authChecker } from './auth-checker';
export type {
  SubgraphContext,
  SubgraphRequestContext,
  ReferenceResolver,
} from './subgraph-context';
export { keyedLoader, groupedLoader } from './loaders';
export {
  startSubgraphServer,
  type SubgraphServer,
  type SubgraphServerOptions,
} from './subgraph-server';
export {
  loadSubgraphConfig,
  loadSubgraphDatabaseUrl,
  type SubgraphConfig,
} from './subgraph-config';
export {
  startSubgraph,
  runSubgraph,
  migrateSubgraph,
  printSubgraphSdl,
  generateSubgraphMigration,
  loadAppConfig,
  subgraphContext,
  type SubgraphApp,
} from './subgraph-app';
export { subgraphDrift, type SubgraphDrift } from './subgraph-drift';
