import { loadLauncherConfig } from './config';
import { formatLogLine } from './service-process';
import { startStack } from './stack';

/** `npm start`: the whole product on this machine, stopped cleanly with Ctrl-C. */
async function main() {
  const config = loadLauncherConfig();
  const startedAt = Date.now();
  console.log(
    config.databaseUrl
      ? 'Starting Lägesbild on the PostgreSQL server in DATABASE_URL …'
      : `Starting Lägesbild on the embedded database in ${config.dataDir} …`,
  );
  const stack = await startStack({
    ...config,
    dashboard: true,
    log: (service, line) => console.log(formatLogLine(service, line)),
  });
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(
    [
      '',
      `Lägesbild is running (started in ${seconds} s):`,
      `  Dashboard  ${stack.dashboardUrl}`,
      `  GraphQL    ${stack.gatewayUrl}`,
      ...Object.entries(stack.subgraphUrls).map(([name, url]) => `  ${name.padEnd(13)} ${url}`),
      stack.embedded
        ? '  Database   embedded PostgreSQL (PGlite); delete the folder above to start clean'
        : '',
      '',
      'Demo users: POST /auth/dev-token {"user":"analytiker"} on the gateway, or sign in on the dashboard.',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping …');
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
