import { createTokenVerifier } from '@lagesbild/auth';
import { openDatabase } from '@lagesbild/db';
import type { Logger } from '@lagesbild/service';
import {
  startSubgraphServer,
  type SubgraphConfig,
  type SubgraphServer,
} from '@lagesbild/subgraph-kit';
import { createDirectoryDataSource } from './data-source';
import { createDirectoryContext, createDirectoryServices } from './directory-context';
import { buildDirectorySchema } from './directory-schema';
import { seedDirectory } from './seed/seed-directory';

/** Connects, migrates, seeds the demo data when asked, and serves the directory subgraph. */
export async function startDirectory(
  config: SubgraphConfig,
  logger: Logger,
  options: { onQuery?: (sql: string) => void } = {},
): Promise<SubgraphServer> {
  const dataSource = await openDatabase(
    createDirectoryDataSource(config.databaseUrl, options.onQuery),
    config.databaseUrl,
  );
  if (config.demoData && (await seedDirectory(dataSource))) {
    logger.info('seeded the demo directory');
  }
  const services = createDirectoryServices(dataSource);
  return startSubgraphServer({
    name: 'directory',
    schema: await buildDirectorySchema(),
    dataSource,
    verifier: createTokenVerifier(config.auth),
    logger,
    host: config.host,
    port: config.port,
    production: config.production,
    createContext: (base) => createDirectoryContext(base, services),
  });
}
