import {
  loadSubgraphConfig,
  loadSubgraphDatabaseUrl,
  type SubgraphConfig,
} from '@lagesbild/subgraph-kit';

/** The directory subgraph's configuration, read once from the environment. */
export function loadDirectoryConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return loadSubgraphConfig('directory', 4001, env);
}

/** The database URL alone, for `npm run migrate`. */
export function loadDirectoryDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return loadSubgraphDatabaseUrl('directory', env);
}
