import path from 'node:path';
import { generateMigration } from '@lagesbild/db';
import { createDirectoryDataSource } from './data-source';

/** `npm run migration:generate -w @lagesbild/directory -- <Name>` */
async function main() {
  const name = process.argv[2];
  if (!name) throw new Error('Name the migration: npm run migration:generate -- <PascalCaseName>');
  const file = await generateMigration({
    createDataSource: (url) => createDirectoryDataSource(url),
    folder: path.join(__dirname, '..', 'src', 'migrations'),
    name,
    exportName: 'directoryMigrations',
  });
  console.log(file ? `Wrote ${file}; review it before committing.` : 'The schema is up to date.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
