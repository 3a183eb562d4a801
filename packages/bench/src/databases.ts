import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A database the bench created on a PostgreSQL server, dropped again by `drop()`. */
export interface ServerDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The server's version, or null when it cannot be reached. */
export async function serverVersion(serverUrl: string): Promise<string | null> {
  try {
    return await onServer(serverUrl, async (client) => {
      const { rows } = await client.query<{ version: string }>(
        "SELECT current_setting('server_version') AS version",
      );
      return rows[0]?.version.split(' ')[0] ?? null;
    });
  } catch {
    return null;
  }
}

/** Creates an empty database named `lagesbild_bench_<label>_<random>` on the server. */
export async function createServerDatabase(
  serverUrl: string,
  label: string,
): Promise<ServerDatabase> {
  const name = `lagesbild_bench_${label}_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      await onServer(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

/** Runs `work` with a connected client on `url`, closing it afterwards. */
export function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  return onServer(url, work);
}
