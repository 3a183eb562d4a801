import { Pool } from 'undici';
import { DATA_VERSION_PATH, freshRead } from '@lagesbild/service';

/** Data versions by subgraph name. */
export type DataVersions = Record<string, string>;

export interface SubgraphVersions {
  /**
   * The data versions of the named subgraphs (all by default), each read after this call began
   * (concurrent callers share one read per subgraph), asked with a caller's verified token; null
   * when one of them could not tell its version.
   */
  current(authorization: string, names?: Iterable<string>): Promise<DataVersions | null>;
  close(): Promise<void>;
}

/**
 * Asks subgraphs their data versions in parallel, over kept-alive connections. A subgraph that
 * does not answer 200 with a version in time makes the whole answer null: nothing is then served
 * from, or kept in, the gateway's cache.
 */
export function subgraphVersions(
  urls: Record<string, string>,
  timeoutMs: number,
): SubgraphVersions {
  let authorization = '';
  const subgraphs = new Map(
    Object.entries(urls).map(([name, url]) => {
      const pool = new Pool(new URL(url).origin);
      const read = freshRead(async (): Promise<string | null> => {
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
      });
      return [name, { pool, read }] as const;
    }),
  );

  return {
    async current(caller, names = subgraphs.keys()) {
      authorization = caller;
      const wanted = [...names];
      const versions = await Promise.all(
        wanted.map(
          (name) =>
            subgraphs
              .get(name)
              ?.read()
              .catch(() => null) ?? null,
        ),
      );
      const found: DataVersions = {};
      for (const [i, name] of wanted.entries()) {
        const version = versions[i];
        if (typeof version !== 'string') return null;
        found[name] = version;
      }
      return found;
    },
    async close() {
      await Promise.all([...subgraphs.values()].map(({ pool }) => pool.close()));
    },
  };
}
