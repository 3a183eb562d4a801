import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '@lagesbild/db';

export interface TestDatabase {
  url: string;
  /** `embedded` (PGlite) or `server` (TEST_DATABASE_URL). */
  kind: 'embedded' | 'server';
  stop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: PGlite in memory by default, or a new database
 * created on the PostgreSQL server named by TEST_DATABASE_URL (dropped again on stop).
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase({ maxConnections: 50 });
    return { url: embedded.url, kind: 'embedded', stop: () => embedded.stop() };
  }
  const name = `lagesbild_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'server',
    async stop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
