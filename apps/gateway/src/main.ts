import { runUntilSignalled } from '@lagesbild/service';
import { loadGatewayConfig } from './config';
import { startGateway } from './start-gateway';

async function main() {
  const server = await startGateway(loadGatewayConfig());
  runUntilSignalled(server.logger, () => server.stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
