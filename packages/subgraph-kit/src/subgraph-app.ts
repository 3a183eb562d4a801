import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { generateMigration, openDatabase, type QueryListener } from '@lagesbild/db';
import {
  callerVerification,
  createLogger,
  directoryOrganisationCodes,
  runUntilSignalled,
  type Logger,
} from '@lagesbild/service';
import { subgraphSdlPath, type SubgraphName } from '@lagesbild/supergraph';
import {
  loadSubgraphConfig,
  loadSubgraphDatabaseUrl,
  type SubgraphConfig,
} from './subgraph-config';
import type { SubgraphContext, SubgraphRequestContext } from './subgraph-context';
import { startSubgraphServer, type SubgraphServer } from './subgraph-server';

/**
 * Everything that makes one subgraph what it is; the kit does the rest the same way for all. The
 * resolvers' context is built here, in `subgraphContext`, as `{ ...caller, services, loaders }`.
 * `Shared` is what `createServices` builds once per process; `servicesFor` turns it into one
 * request's services (the same object, unless a service acts as the caller).
 */
export interface SubgraphApp<Services, Loaders, Shared = Services> {
  name: SubgraphName;
  defaultPort: number;
  createDataSource(url: string, onQuery?: QueryListener): DataSource;
  buildSchema(): Promise<GraphQLSchema>;
  /** Fills empty tables with the demo municipality; answers whether it did. */
  seedDemoData(dataSource: DataSource): Promise<boolean>;
  /** Once per process: every service, each given the data source and the services it uses. */
  createServices(dataSource: DataSource, config: SubgraphConfig): Shared;
  /** Once per request: the services this caller's resolvers use. */
  servicesFor(shared: Shared, caller: SubgraphContext): Services;
  /** Once per request: the DataLoaders, so that a request reads each row once, in batches. */
  createLoaders(services: Services): Loaders;
  /** The council's organisation codes, for refusing tokens that name others; by default asked of the directory. */
  organisationCodes?(dataSource: DataSource): Promise<Set<string>>;
}

type AnyApp = SubgraphApp<unknown, unknown, unknown>;

/** The context every resolver of `app` receives: the caller, the services and the loaders. */
export function subgraphContext<Services, Loaders, Shared>(
  app: SubgraphApp<Services, Loaders, Shared>,
  shared: Shared,
  caller: SubgraphContext,
): SubgraphRequestContext<Services, Loaders> {
  const services = app.servicesFor(shared, caller);
  return { ...caller, services, loaders: app.createLoaders(services) };
}

export function loadAppConfig(app: AnyApp, env: NodeJS.ProcessEnv): SubgraphConfig {
  return loadSubgraphConfig(app.name, app.defaultPort, env);
}

/** Connects, migrates, seeds the demo data when asked, and serves the subgraph. */
export async function startSubgraph<Services, Loaders, Shared>(
  app: SubgraphApp<Services, Loaders, Shared>,
  config: SubgraphConfig,
  logger: Logger,
  options: { onQuery?: QueryListener } = {},
): Promise<SubgraphServer> {
  const dataSource = await openDatabase(
    app.createDataSource(config.databaseUrl, options.onQuery),
    config.databaseUrl,
  );
  if (config.demoData && (await app.seedDemoData(dataSource))) {
    logger.info(`seeded the ${app.name} demo data`);
  }
  const shared = app.createServices(dataSource, config);
  const { verifier, organisations } = callerVerification({
    auth: config.auth,
    tokenPolicy: config.tokenPolicy,
    organisationCodes: app.organisationCodes
      ? () => app.organisationCodes?.(dataSource) ?? Promise.resolve(new Set())
      : directoryOrganisationCodes(config.subgraphUrls.directory),
    logger,
  });
  return startSubgraphServer({
    name: app.name,
    schema: await app.buildSchema(),
    dataSource,
    verifier,
    organisations,
    metricsAccess: config.metrics,
    logger,
    host: config.host,
    port: config.port,
    production: config.production,
    createContext: (caller) => subgraphContext(app, shared, caller),
  });
}

function exitOnError(error: unknown): never {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

/** The entry point of a subgraph process: `node dist/main.js`. */
export function runSubgraph(app: AnyApp, env: NodeJS.ProcessEnv): void {
  (async () => {
    const config = loadAppConfig(app, env);
    const logger = createLogger(app.name, config.logLevel);
    const server = await startSubgraph(app, config, logger);
    runUntilSignalled(logger, () => server.stop());
  })().catch(exitOnError);
}

/** `npm run migrate`: applies pending migrations to DATABASE_URL, then exits. */
export function migrateSubgraph(app: AnyApp, env: NodeJS.ProcessEnv): void {
  (async () => {
    const url = loadSubgraphDatabaseUrl(app.name, env);
    const dataSource = await openDatabase(app.createDataSource(url), url);
    console.log(`${app.name}: migrations applied (${dataSource.migrations.length} known)`);
    await dataSource.destroy();
  })().catch(exitOnError);
}

/** `npm run schema`: writes the subgraph's SDL where composition reads it. */
export function printSubgraphSdl(app: AnyApp): void {
  app
    .buildSchema()
    .then((schema) => {
      const file = subgraphSdlPath(app.name);
      writeFileSync(file, printSubgraphSchema(schema));
      console.log(`Wrote ${file}`);
    })
    .catch(exitOnError);
}

/** `npm run migration:generate -w <app> -- <Name>`, run from the app's `dist` folder. */
export function generateSubgraphMigration(app: AnyApp, distFolder: string, name?: string): void {
  (async () => {
    if (!name)
      throw new Error('Name the migration: npm run migration:generate -- <PascalCaseName>');
    const file = await generateMigration({
      createDataSource: (url) => app.createDataSource(url),
      folder: path.join(distFolder, '..', 'src', 'migrations'),
      name,
      exportName: `${app.name}Migrations`,
    });
    console.log(file ? `Wrote ${file}; review it before committing.` : 'The schema is up to date.');
  })().catch(exitOnError);
}
