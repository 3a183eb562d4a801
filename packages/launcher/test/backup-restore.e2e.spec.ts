import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { SUBGRAPHS } from '@lagesbild/supergraph';
import { demoToken, postGraphQL } from '@lagesbild/test-kit';
import { freeStackPorts, startStack, type Stack } from '../src';

const run = promisify(execFile);
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function serverAnswers(): Promise<boolean> {
  if (!existsSync('/usr/bin/pg_dump') || !existsSync('/usr/bin/pg_restore')) return false;
  const client = new Client({ connectionString: SERVER, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function admin(sql: string) {
  const client = new Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

async function startOn(url: string): Promise<Stack> {
  return startStack({
    ports: await freeStackPorts(SUBGRAPHS.map((s) => s.name)),
    databaseUrl: url,
    demoData: true,
    dashboard: false,
    logLevel: 'warn',
    env: { PATH: process.env.PATH },
    log: () => undefined,
  });
}

async function fingerprint(stack: Stack) {
  const token = await demoToken(stack.gatewayUrl, 'ks.ordforande');
  const answer = await postGraphQL(
    stack.gatewayUrl,
    '{ council { id } interventions { totalCount } changeLog(first: 1) { totalCount } situationPicture(indicators: ["crime_total"]) { cells { value } } }',
    { token },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data;
}

describe('backup and restore with pg_dump and pg_restore', () => {
  it('restores a copy that the product serves unchanged', async () => {
    if (!(await serverAnswers())) {
      console.warn('Backup/restore test SKIPPED: no PostgreSQL server or pg_dump/pg_restore here.');
      return;
    }
    const suffix = Math.random().toString(36).slice(2, 8);
    const [original, restored] = [`lagesbild_backup_${suffix}`, `lagesbild_restore_${suffix}`];
    const folder = mkdtempSync(path.join(tmpdir(), 'lagesbild-backup-'));
    const dump = path.join(folder, 'lagesbild.dump');
    await admin(`CREATE DATABASE ${original}`);
    await admin(`CREATE DATABASE ${restored}`);
    try {
      let stack = await startOn(databaseUrl(original));
      const before = await fingerprint(stack);
      await stack.stop();

      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        `--file=${dump}`,
        databaseUrl(original),
      ]);
      await run('pg_restore', ['--no-owner', `--dbname=${databaseUrl(restored)}`, dump]);

      stack = await startOn(databaseUrl(restored));
      try {
        expect(await fingerprint(stack)).toEqual(before);
      } finally {
        await stack.stop();
      }
    } finally {
      await admin(`DROP DATABASE IF EXISTS ${original} WITH (FORCE)`);
      await admin(`DROP DATABASE IF EXISTS ${restored} WITH (FORCE)`);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
