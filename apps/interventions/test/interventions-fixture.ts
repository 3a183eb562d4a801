import { createLogger } from '@lagesbild/service';
import { loadAppConfig, startSubgraph, type SubgraphServer } from '@lagesbild/subgraph-kit';
import { SUBGRAPHS } from '@lagesbild/supergraph';
import { freeStackPorts, startStack, type Stack } from '@lagesbild/launcher';
import {
  demoToken,
  postGraphQL,
  startTestDatabase,
  type GraphQLResponse,
  type TestDatabase,
} from '@lagesbild/test-kit';
import { interventionsApp } from '../src/interventions-app';

export interface InterventionsFixture {
  stack: Stack;
  /** A second interventions subgraph in this process, on the same database, to count its SQL. */
  subgraph: SubgraphServer;
  statements: string[];
  databaseUrl: string;
  token(user: string): Promise<string>;
  /** Through the gateway, as a demo user. */
  gateway<Data>(
    user: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

/**
 * The whole product with the Västerås demo (every subgraph and the gateway as real processes, on
 * the embedded database or the TEST_DATABASE_URL server), plus an in-process interventions subgraph.
 */
export async function startInterventionsFixture(): Promise<InterventionsFixture> {
  const database: TestDatabase | undefined = process.env.TEST_DATABASE_URL
    ? await startTestDatabase()
    : undefined;
  const log: string[] = [];
  const stack = await startStack({
    ports: await freeStackPorts(SUBGRAPHS.map((s) => s.name)),
    databaseUrl: database?.url,
    demoData: true,
    dashboard: false,
    logLevel: 'warn',
    env: { PATH: process.env.PATH },
    log: (service, line) => log.push(`${service}: ${line}`),
  }).catch((error: unknown) => {
    console.error(log.join('\n'));
    throw error;
  });
  const gatewayBase = stack.gatewayUrl.replace(/\/graphql$/, '');
  const config = loadAppConfig(interventionsApp, {
    DATABASE_URL: stack.databaseUrl,
    PORT: '0',
    OIDC_ISSUER: 'urn:lagesbild:demo',
    OIDC_JWKS_URL: `${gatewayBase}/auth/jwks.json`,
    DIRECTORY_URL: stack.subgraphUrls.directory,
    SITUATION_URL: stack.subgraphUrls.situation,
    LOG_LEVEL: 'error',
  });
  const statements: string[] = [];
  const subgraph = await startSubgraph(
    interventionsApp,
    config,
    createLogger('interventions', 'error'),
    {
      onQuery: (sql) => statements.push(sql),
    },
  );
  const tokens = new Map<string, string>();
  const token = async (user: string) => {
    const known = tokens.get(user);
    if (known) return known;
    const issued = await demoToken(gatewayBase, user);
    tokens.set(user, issued);
    return issued;
  };
  return {
    stack,
    subgraph,
    statements,
    databaseUrl: stack.databaseUrl,
    token,
    gateway: async (user, query, variables) =>
      postGraphQL(stack.gatewayUrl, query, { token: await token(user), variables }),
    async stop() {
      await subgraph.stop();
      await stack.stop();
      await database?.stop();
    },
  };
}
