import type { DataSource } from 'typeorm';

export interface DatabaseStatus {
  reachable: boolean;
  migrationsApplied: boolean;
  error?: string;
}

/** What `/readyz` reports: the database answers and no migration is pending. */
export async function databaseStatus(dataSource: DataSource): Promise<DatabaseStatus> {
  if (!dataSource.isInitialized) {
    return { reachable: false, migrationsApplied: false, error: 'not connected' };
  }
  try {
    await dataSource.query('SELECT 1');
    const pending = await dataSource.showMigrations();
    return { reachable: true, migrationsApplied: !pending };
  } catch (error) {
    return { reachable: false, migrationsApplied: false, error: (error as Error).message };
  }
}
