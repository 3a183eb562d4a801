import { Column, Entity, PrimaryColumn, type DataSource, type QueryRunner } from 'typeorm';

/**
 * A subgraph's data version: one row in its schema that every write to the schema's tables raises,
 * in the writing transaction itself (a trigger on each table), so that a version read after a
 * commit names that commit's data, whichever instance of the service wrote it.
 */
@Entity({ name: 'data_version' })
export class DataVersion {
  /** Always true: the table holds exactly one row. */
  @PrimaryColumn({ type: 'boolean', default: true })
  single!: boolean;

  /** bigint: read as a string. */
  @Column({ type: 'bigint', default: 0 })
  version!: string;
}

const FUNCTION = 'raise_data_version';

/** The schema a subgraph's data source is confined to. */
function schemaOf(dataSource: DataSource): string {
  const { schema } = dataSource.options as { schema?: string };
  return schema ?? 'public';
}
const TRIGGER = 'raise_data_version';

/**
 * Creates the schema's `data_version` table (as `npm run migration:generate` wrote it for the
 * entity above), puts the one row in place and makes every write to `tables` raise it. The
 * trigger fires before each writing statement, so a transaction takes the version's row lock
 * before any row lock of its own: writers queue on it instead of deadlocking over it. Used by the
 * migrations that add the data version; a table added later gets the trigger in its own migration
 * with `raiseDataVersionOn`.
 */
export async function installDataVersion(
  queryRunner: QueryRunner,
  schema: string,
  tables: string[],
): Promise<void> {
  await queryRunner.query(
    `CREATE TABLE "${schema}"."data_version" ("single" boolean NOT NULL DEFAULT true, "version" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_1a79a59477a3d4e06275f69fc77" PRIMARY KEY ("single"))`,
  );
  await queryRunner.query(
    `INSERT INTO "${schema}"."data_version" ("single", "version") VALUES (true, 0)`,
  );
  await queryRunner.query(
    `CREATE FUNCTION "${schema}"."${FUNCTION}"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE "${schema}"."data_version" SET "version" = "version" + 1;
      RETURN NULL;
    END $$`,
  );
  for (const table of tables) await raiseDataVersionOn(queryRunner, schema, table);
}

/** Makes every write to one table raise the schema's data version. */
export async function raiseDataVersionOn(
  queryRunner: QueryRunner,
  schema: string,
  table: string,
): Promise<void> {
  await queryRunner.query(
    `CREATE TRIGGER "${TRIGGER}" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${schema}"."${table}" FOR EACH STATEMENT EXECUTE FUNCTION "${schema}"."${FUNCTION}"()`,
  );
}

/** Undoes `installDataVersion`. */
export async function uninstallDataVersion(
  queryRunner: QueryRunner,
  schema: string,
  tables: string[],
): Promise<void> {
  for (const table of tables) {
    await queryRunner.query(`DROP TRIGGER "${TRIGGER}" ON "${schema}"."${table}"`);
  }
  await queryRunner.query(`DROP FUNCTION "${schema}"."${FUNCTION}"()`);
  await queryRunner.query(`DROP TABLE "${schema}"."data_version"`);
}

/** A pg pool, as TypeORM's postgres driver keeps it. */
interface PgPool {
  query(sql: string): Promise<{ rows: { version: string }[] }>;
}

/**
 * The schema's current data version: one single-row read, straight on the driver's pool (it is
 * asked for every request, so TypeORM's query runner is left out).
 */
export async function readDataVersion(dataSource: DataSource): Promise<string> {
  const schema = schemaOf(dataSource);
  const sql = `SELECT "version" FROM "${schema}"."data_version"`;
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  const rows = pool
    ? (await pool.query(sql)).rows
    : ((await dataSource.query(sql)) as { version: string }[]);
  const row = rows[0];
  if (!row) throw new Error(`The ${schema} schema has no data version.`);
  return String(row.version);
}

/**
 * The tables of a schema that no trigger makes raise its data version (besides the migrations
 * and the version itself): each is a way to change data without any cache noticing.
 */
export async function tablesWithoutDataVersion(dataSource: DataSource): Promise<string[]> {
  const schema = schemaOf(dataSource);
  const rows = (await dataSource.query(
    `SELECT c.relname AS "table" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
       AND c.relname NOT IN ('migrations', 'data_version')
       AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = $2)
     ORDER BY 1`,
    [schema, TRIGGER],
  )) as { table: string }[];
  return rows.map((row) => row.table);
}
