import type { DataSource } from 'typeorm';

/** A start-up failure with a message an operator can act on; the cause is kept. */
export class DatabaseStartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseStartupError';
  }
}

interface PgError {
  code?: string;
  message?: string;
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function describeConnectionError(error: PgError, url: string): string {
  const where = redact(url);
  switch (error.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
      return `Cannot reach the database server at ${where} (${error.code}). Is PostgreSQL running and is DATABASE_URL right?`;
    case '3D000':
      return `The database named in ${where} does not exist: ${error.message}`;
    case '28P01':
    case '28000':
      return `The database server at ${where} refused the credentials: ${error.message}`;
    default:
      return `Cannot connect to the database at ${where}: ${error.message ?? String(error)}`;
  }
}

/**
 * Connects, creates the subgraph's schema if it is new, and applies pending migrations,
 * each in its own transaction. Every failure becomes a DatabaseStartupError that says what to fix.
 */
export async function openDatabase(dataSource: DataSource, url: string): Promise<DataSource> {
  const schema = dataSource.driver.schema ?? 'public';
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseStartupError(describeConnectionError(error as PgError, url), {
      cause: error,
    });
  }
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    const failed = await firstPendingMigration(dataSource).catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    throw new DatabaseStartupError(
      `Migration ${failed ?? '(unknown)'} failed in schema "${schema}": ${(error as PgError).message ?? String(error)}`,
      { cause: error },
    );
  }
  return dataSource;
}

async function firstPendingMigration(dataSource: DataSource): Promise<string | undefined> {
  const schema = dataSource.driver.schema ?? 'public';
  const rows: { name: string }[] = await dataSource.query(
    `SELECT name FROM "${schema}"."migrations"`,
  );
  const applied = new Set(rows.map((row) => row.name));
  return dataSource.migrations.map((m) => m.name).find((name) => name && !applied.has(name));
}
