import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { serialiseExtendedProtocol } from './serialised-protocol';

export interface EmbeddedDatabase {
  /** A postgres:// URL that the `pg` driver (and so TypeORM) connects to. */
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder that persists the database; omitted, the database lives in memory. */
  dataDir?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Concurrent client connections; PGlite's socket server allows only one unless raised. */
  maxConnections?: number;
}

/**
 * Postgres in WebAssembly, served over the Postgres wire protocol on loopback,
 * so that every service runs the same `pg` + TypeORM code path as in production.
 */
export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions = {},
): Promise<EmbeddedDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({
    db,
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 100,
  });
  serialiseExtendedProtocol(server);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
