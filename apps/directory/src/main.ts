import { createLogger, runUntilSignalled } from '@lagesbild/service';
import { loadDirectoryConfig } from './config';
import { startDirectory } from './start-directory';

async function main() {
  const config = loadDirectoryConfig();
  const logger = createLogger('directory', config.logLevel);
  const server = await startDirectory(config, logger);
  runUntilSignalled(logger, () => server.stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
