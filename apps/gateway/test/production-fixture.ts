import { Client } from 'pg';
import { DEMO_USERS } from '@lagesbild/demo-data';
import { SUBGRAPHS } from '@lagesbild/supergraph';
import { freeStackPorts, startStack, type Stack } from '@lagesbild/launcher';
import {
  postGraphQL,
  startTestDatabase,
  startTestIssuer,
  type GraphQLResponse,
  type TestDatabase,
  type TestIssuer,
} from '@lagesbild/test-kit';

export interface ProductionFixture {
  stack: Stack;
  issuer: TestIssuer;
  databaseUrl: string;
  /** A token for a demo user, signed by the OpenID Connect test issuer. */
  tokenFor(username: string, lifetimeSeconds?: number): Promise<string>;
  graphql<Data = Record<string, unknown>>(
    token: string | undefined,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  /** Row counts of every table that holds what users change. */
  tableCounts(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

async function tableCounts(databaseUrl: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string; count: number }>(`
      SELECT 'intervention' AS table, count(*)::int FROM interventions.intervention
      UNION ALL SELECT 'milestone', count(*)::int FROM interventions.milestone
      UNION ALL SELECT 'progress_report', count(*)::int FROM interventions.progress_report
      UNION ALL SELECT 'focus_area', count(*)::int FROM interventions.focus_area
      UNION ALL SELECT 'follow_up_indicator', count(*)::int FROM interventions.follow_up_indicator
      UNION ALL SELECT 'change_log', count(*)::int FROM interventions.change_log
      UNION ALL SELECT 'action_plan', count(*)::int FROM interventions.action_plan
      UNION ALL SELECT 'observation', count(*)::int FROM situation.observation
      UNION ALL SELECT 'data_import', count(*)::int FROM situation.data_import
      UNION ALL SELECT 'person', count(*)::int FROM directory.person
      UNION ALL SELECT 'district', count(*)::int FROM directory.district`);
    return Object.fromEntries(rows.map((r) => [r.table, r.count]));
  } finally {
    await client.end();
  }
}

/**
 * The whole product in production mode (NODE_ENV=production) with OpenID Connect: the services
 * verify tokens against a real local issuer whose keys are served over HTTP. The demo data is
 * seeded so there is something to protect.
 */
export async function startProductionFixture(
  extraEnv: Record<string, string> = {},
): Promise<ProductionFixture> {
  const issuer = await startTestIssuer();
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
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      OIDC_ISSUER: issuer.issuer,
      OIDC_AUDIENCE: issuer.audience,
      OIDC_JWKS_URL: issuer.jwksUrl.toString(),
      ...extraEnv,
    },
    log: (service, line) => log.push(`${service}: ${line}`),
  }).catch((error: unknown) => {
    console.error(log.join('\n'));
    throw error;
  });
  return {
    stack,
    issuer,
    databaseUrl: stack.databaseUrl,
    tokenFor(username, lifetimeSeconds) {
      const user = DEMO_USERS.find((u) => u.username === username);
      if (!user) throw new Error(`No demo user ${username}`);
      return issuer.tokenFor(
        { username, name: user.name, roles: user.accessRoles, organisation: user.organisation },
        lifetimeSeconds,
      );
    },
    graphql: (token, query, variables) =>
      postGraphQL(stack.gatewayUrl, query, { token, variables }),
    tableCounts: () => tableCounts(stack.databaseUrl),
    async stop() {
      await stack.stop();
      await Promise.all([issuer.stop(), database?.stop()]);
    },
  };
}
