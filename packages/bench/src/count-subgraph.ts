import { createRequire } from 'node:module';
import { createLogger } from '@lagesbild/service';
import { loadAppConfig, startSubgraph, type SubgraphApp } from '@lagesbild/subgraph-kit';

/**
 * One subgraph run through `startSubgraph` with its `onQuery` hook, in a process of its own
 * (forked by statement-count.ts): it keeps every SQL statement the subgraph sends, with its
 * parameters, and answers `reset` and `read` over IPC. Arguments: the subgraph's name and its environment as JSON.
 */

type AnyApp = SubgraphApp<unknown, unknown, unknown>;

/** One SQL statement a subgraph sent, with its parameters. */
export interface SentStatement {
  sql: string;
  parameters: unknown[];
}

export type CountRequest = { command: 'reset' } | { command: 'read' };
export type CountReply =
  { ready: true; url: string } | { statements: SentStatement[] } | { failed: string };

const [name, envJson] = process.argv.slice(2);

function send(reply: CountReply) {
  process.send?.(reply);
}

async function main() {
  if (!name || !envJson) throw new Error('Usage: count-subgraph <name> <env as JSON>');
  // The built app, as the product runs it; the apps export no package entry of their own.
  const load = createRequire(__filename);
  const app = (load(`@lagesbild/${name}/dist/${name}-app.js`) as Record<string, AnyApp>)[
    `${name}App`
  ];
  if (!app) throw new Error(`The ${name} subgraph exports no ${name}App.`);
  const config = loadAppConfig(app, JSON.parse(envJson) as NodeJS.ProcessEnv);
  let statements: SentStatement[] = [];
  const server = await startSubgraph(app, config, createLogger(name, 'error'), {
    onQuery: (sql, parameters) => statements.push({ sql, parameters: parameters ?? [] }),
  });
  // Every request is answered (reset with what it cleared), so the caller knows it was done.
  process.on('message', (request: CountRequest) => {
    send({ statements });
    if (request.command === 'reset') statements = [];
  });
  process.on('disconnect', () => {
    server.stop().finally(() => process.exit(0));
  });
  send({ ready: true, url: server.url });
}

main().catch((error: unknown) => {
  send({ failed: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
