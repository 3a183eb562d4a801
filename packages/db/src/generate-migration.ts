import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Query } from 'typeorm/driver/Query';
import { startEmbeddedDatabase } from './embedded-database';
import { openDatabase } from './open-database';

function toStatements(queries: Query[]): string[] {
  return queries.map((query) => {
    const sql = query.query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
    const parameters = query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : '';
    return `    await queryRunner.query(\`${sql}\`${parameters});`;
  });
}

/** Rewrites `index.ts` in the migrations folder to list every migration file, oldest first. */
function writeMigrationIndex(folder: string, exportName: string): void {
  const files = readdirSync(folder)
    .filter((file) => /^\d+-\w+\.ts$/.test(file))
    .sort();
  const classes = files.map((file) => {
    const [timestamp, name] = file.replace(/\.ts$/, '').split('-');
    return { file: file.replace(/\.ts$/, ''), className: `${name}${timestamp}` };
  });
  const source = [
    ...classes.map((c) => `import { ${c.className} } from './${c.file}';`),
    '',
    '/** The migrations, oldest first. `npm run migration:generate` adds to this list. */',
    `export const ${exportName} = [${classes.map((c) => c.className).join(', ')}];`,
    '',
  ].join('\n');
  writeFileSync(path.join(folder, 'index.ts'), source);
}

/**
 * The SQL that would bring the connected database up to the entities; empty when the
 * committed migrations already produce exactly what the entities describe.
 */
export function schemaDrift(dataSource: DataSource) {
  return dataSource.driver.createSchemaBuilder().log();
}

export interface GenerateMigrationOptions {
  /** Builds the subgraph's DataSource for a database URL. */
  createDataSource: (url: string) => DataSource;
  /** The `src/migrations` folder of the subgraph. */
  folder: string;
  /** PascalCase, e.g. `AddDistrictBoundary`. */
  name: string;
  /** The name the migrations list is exported under in `index.ts`. */
  exportName: string;
}

/**
 * Writes a migration with the SQL that brings a database with every earlier migration applied
 * up to the entities (as TypeORM's `migration:generate` does), against a throwaway embedded
 * database. Returns the file written, or undefined when the entities and migrations already agree.
 */
export async function generateMigration(
  options: GenerateMigrationOptions,
): Promise<string | undefined> {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(options.name)) {
    throw new Error(
      `The migration name must be PascalCase letters and digits, not "${options.name}".`,
    );
  }
  const database = await startEmbeddedDatabase();
  try {
    const dataSource = await openDatabase(options.createDataSource(database.url), database.url);
    const sql = await schemaDrift(dataSource);
    await dataSource.destroy();
    if (sql.upQueries.length === 0) return undefined;
    const timestamp = Date.now();
    const className = `${options.name}${timestamp}`;
    const file = path.join(options.folder, `${timestamp}-${options.name}.ts`);
    const source = [
      `import type { MigrationInterface, QueryRunner } from 'typeorm';`,
      ``,
      `export class ${className} implements MigrationInterface {`,
      `  name = '${className}';`,
      ``,
      `  public async up(queryRunner: QueryRunner): Promise<void> {`,
      ...toStatements(sql.upQueries),
      `  }`,
      ``,
      `  public async down(queryRunner: QueryRunner): Promise<void> {`,
      ...toStatements(sql.downQueries.slice().reverse()),
      `  }`,
      `}`,
      ``,
    ].join('\n');
    writeFileSync(file, source);
    writeMigrationIndex(options.folder, options.exportName);
    return file;
  } finally {
    await database.stop();
  }
}
