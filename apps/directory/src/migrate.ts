import { openDatabase } from '@lagesbild/db';
import { loadDirectoryDatabaseUrl } from './config';
import { createDirectoryDataSource } from './data-source';

/** `npm run migrate`: applies the directory's pending migrations to DATABASE_URL, then exits. */
async function main() {
  const url = loadDirectoryDatabaseUrl();
  const dataSource = await openDatabase(createDirectoryDataSource(url), url);
  console.log(`directory: migrations applied (${dataSource.migrations.length} known)`);
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
