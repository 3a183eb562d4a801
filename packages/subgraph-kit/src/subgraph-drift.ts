import { readFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { openDatabase, schemaDrift } from '@lagesbild/db';
import { subgraphSdlPath } from '@lagesbild/supergraph';
import type { SubgraphApp } from './subgraph-app';

export interface SubgraphDrift {
  /** The SDL the code builds now. */
  sdl: string;
  /** The SDL committed for composition. */
  committedSdl: string;
  /** SQL that would still be needed after every committed migration: none when they agree. */
  pendingStatements: string[];
}

/**
 * How far a subgraph's committed SDL and migrations are from its code, measured on a fresh
 * database: the check behind each subgraph's "schema and migrations" test.
 */
export async function subgraphDrift<Services, Loaders, Shared>(
  app: SubgraphApp<Services, Loaders, Shared>,
  databaseUrl: string,
): Promise<SubgraphDrift> {
  const dataSource = await openDatabase(app.createDataSource(databaseUrl), databaseUrl);
  try {
    const { upQueries } = await schemaDrift(dataSource);
    return {
      sdl: printSubgraphSchema(await app.buildSchema()),
      committedSdl: readFileSync(subgraphSdlPath(app.name), 'utf8'),
      pendingStatements: upQueries.map((query) => query.query),
    };
  } finally {
    await dataSource.destroy();
  }
}
