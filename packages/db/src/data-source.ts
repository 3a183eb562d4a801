import { DataSource, type EntitySchema, type MixedList } from 'typeorm';

/** Called with every SQL statement a data source sends, and its parameters. */
export type QueryListener = (sql: string, parameters: unknown[] | undefined) => void;

export interface SubgraphDataSourceOptions {
  url: string;
  /** The Postgres schema the subgraph owns; its tables and migrations table live there. */
  schema: string;
  // TypeORM's own option types: entity and migration classes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  /** Called for every SQL statement; tests count statements with it, the benchmark replays them. */
  onQuery?: QueryListener;
}

/** One DataSource per subgraph, confined to its own schema. Never synchronises. */
export function createDataSource(options: SubgraphDataSourceOptions): DataSource {
  const onQuery = options.onQuery;
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needs installing.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    poolSize: options.poolSize ?? 10,
    applicationName: `lagesbild-${options.schema}`,
    extra: { connectionTimeoutMillis: 10_000 },
    ...(onQuery
      ? {
          logging: ['query'],
          logger: {
            logQuery: (sql: string, parameters?: unknown[]) => onQuery(sql, parameters),
            logQueryError: () => undefined,
            logQuerySlow: () => undefined,
            logSchemaBuild: () => undefined,
            logMigration: () => undefined,
            log: () => undefined,
          },
        }
      : { logging: false }),
  });
}
