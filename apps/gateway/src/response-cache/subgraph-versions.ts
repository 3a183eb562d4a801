import { Pool } from 'undici';
import { freshRead } from '@lagesbild/service';

/** Where each subgraph tells its data version (the kit's `GET /data-version`). */
const DATA_VERSION_PATH = '/data-version';

/** The subgraphs' data versions together, or null when one could not tell its own. */
export type DataVersions = string | null;

export interface SubgraphVersions {
  /**
   * The data versions of every subgraph, read after this call began (concurrent callers share
   * one round of reads), asked with a caller's verified token.
   */
  current(authorization: string): Promise<DataVersions>;
  close(): Promise<void>;
}

/**
 * Asks every subgraph its data version in parallel, over kept-alive connections. A subgraph that
 * does not answer 200 with a version in time makes the whole answer null: nothing is then served
 * from, or kept in, the gateway's cache.
 */
export function subgraphVersions(
  urls: Record<string, string>,
  timeoutMs: number,
): SubgraphVersions {
  const subgraphs = Object.entries(urls)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, url]) => ({ name, pool: new Pool(new URL(url).origin) }));
  let authorization = '';

  const versionOf = async (pool: Pool): Promise<string | null> => {
    const response = await pool.request({
      path: DATA_VERSION_PATH,
      method: 'GET',
      headers: { authorization },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    if (response.statusCode !== 200) {
      await response.body.dump();
      return null;
    }
    const { version } = (await response.body.json()) as { version?: unknown };
    return typeof version === 'string' ? version : null;
  };

  const read = freshRead(async (): Promise<DataVersions> => {
    const versions = await Promise.all(
      subgraphs.map(({ pool }) => versionOf(pool).catch(() => null)),
    );
    if (versions.some((version) => version === null)) return null;
    return subgraphs.map(({ name }, i) => `${name}:${versions[i]}`).join(' ');
  });

  return {
    current(caller) {
      authorization = caller;
      return read();
    },
    async close() {
      await Promise.all(subgraphs.map(({ pool }) => pool.close()));
    },
  };
}
