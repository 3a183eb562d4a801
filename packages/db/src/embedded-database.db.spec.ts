import { Client, Pool } from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database';

describe('embedded database over the Postgres wire protocol', () => {
  let database: EmbeddedDatabase;
  let pool: Pool;

  beforeAll(async () => {
    database = await startEmbeddedDatabase({ maxConnections: 30 });
    pool = new Pool({ connectionString: database.url, max: 10 });
    await pool.query('CREATE TABLE counter (id int PRIMARY KEY, value int NOT NULL)');
    await pool.query('INSERT INTO counter VALUES (1, 0)');
  });

  afterAll(async () => {
    await pool.end();
    await database.stop();
  });

  it('serves a pool of connections whose concurrent transactions lose no update', async () => {
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query('SELECT value FROM counter WHERE id = 1 FOR UPDATE');
          await client.query('UPDATE counter SET value = $1 WHERE id = 1', [rows[0].value + 1]);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      }),
    );
    const { rows } = await pool.query('SELECT value FROM counter WHERE id = 1');
    expect(rows[0].value).toBe(40);
  });

  // PGlite is one session underneath: another connection's statements wait until the open
  // transaction ends, so they never see its uncommitted changes.
  it('keeps an uncommitted change invisible to other connections', async () => {
    const writer = new Client({ connectionString: database.url });
    const reader = new Client({ connectionString: database.url });
    await Promise.all([writer.connect(), reader.connect()]);
    try {
      await writer.query('BEGIN');
      await writer.query('UPDATE counter SET value = -1 WHERE id = 1');
      const read = reader.query('SELECT value FROM counter WHERE id = 1');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await writer.query('ROLLBACK');
      expect((await read).rows[0].value).toBe(40);
    } finally {
      await Promise.all([writer.end(), reader.end()]);
    }
  });

  // Several services share the one PGlite session: their parameterised statements (the extended
  // protocol) must not interleave, or answers go to the wrong client.
  it('keeps concurrent parameterised queries of several pools apart, beside transactions with DDL', async () => {
    const pools = [0, 1, 2].map(() => new Pool({ connectionString: database.url, max: 5 }));
    const wrong: string[] = [];
    try {
      await Promise.all(
        pools.map(async (p, n) => {
          for (let round = 0; round < 15; round++) {
            await Promise.all(
              Array.from({ length: 6 }, async (_, i) => {
                if (i === 0) {
                  const client = await p.connect();
                  try {
                    await client.query('BEGIN');
                    await client.query(`CREATE TABLE IF NOT EXISTS ddl_${n}_${round} (id int)`);
                    await client.query(`INSERT INTO ddl_${n}_${round} VALUES ($1)`, [round]);
                    await client.query('COMMIT');
                  } finally {
                    client.release();
                  }
                  return;
                }
                const { rows } = await p.query(
                  `SELECT $1::int + ${n} AS sum, $2::text AS tag_${i}`,
                  [round, `t${i}`],
                );
                if (rows[0]?.sum !== round + n) wrong.push(`${n}/${round}/${i}`);
              }),
            );
          }
        }),
      );
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
    expect(wrong).toEqual([]);
  });
});
