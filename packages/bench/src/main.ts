import { loadBenchConfig } from './config';
import { runBench } from './run';

/** `npm run bench [-- --quick]`: see config.ts for the options and bench/results for the output. */
runBench(loadBenchConfig(process.argv.slice(2), process.env)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
