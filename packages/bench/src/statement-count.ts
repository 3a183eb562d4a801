import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SUBGRAPHS, type SubgraphName } from '@lagesbild/supergraph';
import { COMPUTE_AFRESH_ENV } from './afresh';
import type { CountReply, CountRequest, SentStatement } from './count-subgraph';
import { expectData, postGraphQL } from './graphql-client';
import { requestBody, type Operation, type OperationName } from './operations';
import { pickPort } from './processes';
import { UNLIMITED_RATE } from './product';
import { runNodeService, waitForHttp } from './service-runner';

const ROOT = path.join(__dirname, '..', '..', '..');

export interface StatementCount {
  operation: OperationName;
  total: number;
  bySubgraph: Record<string, number>;
  /** The statements, shortened, for the report's evidence. */
  statements: Record<string, string[]>;
}

/** What `countStatements` found: the counts, and every statement as sent, by operation and subgraph. */
export interface CountedStatements {
  counts: StatementCount[];
  sent: Map<OperationName, Record<string, SentStatement[]>>;
}

interface Counter {
  name: SubgraphName;
  child: ChildProcess;
  ask(request: CountRequest): Promise<SentStatement[]>;
  stop(): Promise<void>;
}

function startCounter(name: SubgraphName, env: NodeJS.ProcessEnv): Promise<Counter> {
  const child = fork(path.join(__dirname, 'count-subgraph.js'), [name, JSON.stringify(env)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const waiting: ((statements: SentStatement[]) => void)[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start.`)), 60_000);
    child.on('message', (reply: CountReply) => {
      if ('ready' in reply) {
        clearTimeout(timer);
        resolve({
          name,
          child,
          ask(request) {
            return new Promise((answer) => {
              waiting.push(answer);
              child.send(request);
            });
          },
          async stop() {
            if (child.exitCode !== null) return;
            const exited = new Promise((done) => child.once('exit', done));
            child.disconnect();
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            await exited;
            clearTimeout(kill);
          },
        });
      } else if ('failed' in reply) {
        clearTimeout(timer);
        reject(new Error(`${name}: ${reply.failed}`));
      } else {
        waiting.shift()?.(reply.statements);
      }
    });
  });
}

export function shorten(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)} …` : flat;
}

/**
 * Counts the SQL statements each operation costs: every subgraph runs through `startSubgraph`
 * with its `onQuery` hook (each in a process of its own, on the product's database), behind a
 * second gateway process of the product's own build, all computing every answer afresh; each
 * operation is sent once to warm up, then once counted.
 */
export async function countStatements(options: {
  databaseUrl: string;
  operations: Operation[];
  path: string | undefined;
  log: (line: string) => void;
}): Promise<CountedStatements> {
  const gatewayPort = await pickPort();
  const gatewayBase = `http://127.0.0.1:${gatewayPort}`;
  const ports = Object.fromEntries(
    await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await pickPort()] as const)),
  ) as Record<SubgraphName, number>;
  const urlEnv = Object.fromEntries(
    SUBGRAPHS.map(({ name }) => [
      `${name.toUpperCase()}_URL`,
      `http://127.0.0.1:${ports[name]}/graphql`,
    ]),
  );
  const counters: Counter[] = [];
  let gateway: { stop(): Promise<void> } | undefined;
  try {
    for (const { name } of SUBGRAPHS) {
      counters.push(
        await startCounter(name, {
          ...urlEnv,
          DATABASE_URL: options.databaseUrl,
          HOST: '127.0.0.1',
          PORT: String(ports[name]),
          NODE_ENV: 'production',
          OIDC_ISSUER: 'urn:lagesbild:demo',
          OIDC_AUDIENCE: 'lagesbild',
          OIDC_JWKS_URL: `${gatewayBase}/auth/jwks.json`,
          LOG_LEVEL: 'error',
          DEMO_DATA: 'false',
          ...COMPUTE_AFRESH_ENV,
        }),
      );
    }
    const started = runNodeService(
      'count-gateway',
      path.join(ROOT, 'apps', 'gateway', 'dist', 'main.js'),
      [],
      {
        ...urlEnv,
        PATH: options.path,
        PORT: String(gatewayPort),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: UNLIMITED_RATE,
        ...COMPUTE_AFRESH_ENV,
      },
      options.log,
    );
    gateway = started.service;
    await waitForHttp(`${gatewayBase}/readyz`, started.child);

    const tokens = new Map<string, string>();
    const token = async (user: string) => {
      const known = tokens.get(user);
      if (known) return known;
      const response = await fetch(`${gatewayBase}/auth/dev-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user }),
      });
      const issued = ((await response.json()) as { token: string }).token;
      tokens.set(user, issued);
      return issued;
    };

    const counts: StatementCount[] = [];
    const sent = new Map<OperationName, Record<string, SentStatement[]>>();
    for (const operation of options.operations) {
      const send = async () =>
        expectData(
          await postGraphQL(
            `${gatewayBase}/graphql`,
            await token(operation.user),
            requestBody(operation),
          ),
          `${operation.name} (counting SQL)`,
        );
      await send();
      await Promise.all(counters.map((counter) => counter.ask({ command: 'reset' })));
      await send();
      const statements = await Promise.all(
        counters.map(
          async (counter) => [counter.name, await counter.ask({ command: 'read' })] as const,
        ),
      );
      const used = statements.filter(([, list]) => list.length > 0);
      sent.set(operation.name, Object.fromEntries(used));
      counts.push({
        operation: operation.name,
        total: statements.reduce((sum, [, list]) => sum + list.length, 0),
        bySubgraph: Object.fromEntries(statements.map(([name, list]) => [name, list.length])),
        statements: Object.fromEntries(
          used.map(([name, list]) => [name, list.map((statement) => shorten(statement.sql))]),
        ),
      });
    }
    return { counts, sent };
  } finally {
    await gateway?.stop();
    for (const counter of counters) await counter.stop();
  }
}
