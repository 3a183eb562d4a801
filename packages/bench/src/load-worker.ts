import autocannon from 'autocannon';
import { Pool, type PoolClient } from 'pg';
import type {
  HttpJob,
  InterleavedJob,
  LoadErrors,
  LoadJob,
  LoadResult,
  SqlJob,
  WorkerMessage,
} from './load-protocol';
import { summariseLatencies } from './stats';

/**
 * The load generator, a process of its own (forked by load-client.ts) so that sending load never
 * shares an event loop with what is measured. It takes one job at a time over IPC. Every loop is
 * bounded in time and count.
 */

function send(message: WorkerMessage) {
  process.send?.(message);
}

function shorten(text: string): string {
  return text.length > 400 ? `${text.slice(0, 400)} …` : text;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What one or more autocannon runs observed. */
interface Tally {
  latencies: number[];
  bytes: number;
  errors: LoadErrors;
  firstError: string | null;
}

function newTally(): Tally {
  return {
    latencies: [],
    bytes: 0,
    errors: { status: 0, graphql: 0, network: 0 },
    firstError: null,
  };
}

/**
 * One autocannon run, for a duration or a number of answers. autocannon drops the requests still
 * in flight when it stops, but the server finishes them: so wait as long as the slowest answer
 * took (at most ten seconds) before the next run, lest it overlap with that leftover work.
 */
async function runAutocannon(
  job: HttpJob,
  limit: { durationSec: number } | { amount: number },
  tally: Tally | null,
): Promise<void> {
  const noteError = (text: string) => {
    if (tally) tally.firstError ??= shorten(text);
  };
  let slowest = 0;
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        ...('amount' in limit ? { amount: limit.amount } : { duration: limit.durationSec }),
        timeout: job.timeoutSec,
        requests: job.requests.map((request) => ({
          method: 'POST' as const,
          headers: { ...request.headers, 'content-type': 'application/json' },
          body: request.body,
          onResponse: (status: number, body: string) => {
            if (!tally) return;
            if (status !== 200) {
              tally.errors.status++;
              noteError(`HTTP ${status}: ${body}`);
            } else if (body.includes('"errors"')) {
              tally.errors.graphql++;
              noteError(body);
            }
          },
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        if (tally && result.errors + result.timeouts > 0) {
          tally.errors.network += result.errors + result.timeouts;
          noteError(`${result.errors} connection errors, ${result.timeouts} timeouts`);
        }
        resolve();
      },
    );
    instance.on('response', (_client, _status, responseBytes, responseTime) => {
      slowest = Math.max(slowest, responseTime);
      if (!tally) return;
      tally.latencies.push(responseTime);
      tally.bytes += responseBytes;
    });
  });
  await sleep(Math.min(10_000, slowest));
}

async function runHttp(job: HttpJob): Promise<LoadResult> {
  if (job.warmupSec > 0) await runAutocannon(job, { durationSec: job.warmupSec }, null);
  const tally = newTally();
  const started = performance.now();
  await runAutocannon(job, { durationSec: job.durationSec }, tally);
  const missing = job.minRequests - tally.latencies.length;
  if (missing > 0) {
    await runAutocannon(job, { amount: Math.max(missing, job.connections) }, tally);
  }
  return resultOf(tally, (performance.now() - started) / 1000);
}

function resultOf(tally: Tally, seconds: number): LoadResult {
  const count = tally.latencies.length;
  return {
    requests: count,
    durationSec: seconds,
    throughput: count / seconds,
    latency: summariseLatencies(tally.latencies),
    errors: tally.errors,
    firstError: tally.firstError,
    meanSize: count ? tally.bytes / count : 0,
  };
}

async function runSql(job: SqlJob): Promise<LoadResult> {
  const pool = new Pool({ connectionString: job.databaseUrl, max: job.connections });
  const tally = newTally();
  // Bounded in time (the duration, or up to ten times it to reach minRequests) and in count.
  // Each loop holds one connection, set up first with the job's session statements.
  const loop = async (untilMs: number, hardStopMs: number, measure: boolean) => {
    const client = await pool.connect();
    try {
      for (const statement of job.sessionSetup) await client.query(statement);
      for (let i = 0; i < 1_000_000; i++) {
        const now = performance.now();
        const enough = !measure || tally.latencies.length >= job.minRequests;
        if (now >= hardStopMs || (now >= untilMs && enough)) break;
        const started = performance.now();
        try {
          const result = await client.query(job.sql, job.params);
          if (measure) {
            tally.latencies.push(performance.now() - started);
            tally.bytes += result.rowCount ?? 0;
          }
        } catch (error) {
          tally.errors.network++;
          tally.firstError ??= shorten(error instanceof Error ? error.message : String(error));
        }
      }
    } finally {
      client.release();
    }
  };
  try {
    const clients = Array.from({ length: job.connections });
    if (job.warmupSec > 0) {
      const until = performance.now() + job.warmupSec * 1000;
      await Promise.all(clients.map(() => loop(until, until, false)));
    }
    const started = performance.now();
    const until = started + job.durationSec * 1000;
    await Promise.all(clients.map(() => loop(until, started + job.durationSec * 10_000, true)));
    return resultOf(tally, (performance.now() - started) / 1000);
  } finally {
    await pool.end();
  }
}

/** Sends one request of an interleaved target; its latency, or an error noted in the tally. */
async function once(
  target: InterleavedJob['targets'][number],
  client: PoolClient | undefined,
  tally: Tally,
  timeoutSec: number,
): Promise<void> {
  const started = performance.now();
  try {
    if ('url' in target) {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: { ...target.request.headers, 'content-type': 'application/json' },
        body: target.request.body,
        signal: AbortSignal.timeout(timeoutSec * 1000),
      });
      const body = await response.text();
      tally.latencies.push(performance.now() - started);
      tally.bytes += Buffer.byteLength(body);
      if (response.status !== 200) {
        tally.errors.status++;
        tally.firstError ??= shorten(`HTTP ${response.status}: ${body}`);
      } else if (body.includes('"errors"')) {
        tally.errors.graphql++;
        tally.firstError ??= shorten(body);
      }
    } else if (client) {
      const result = await client.query(target.sql);
      tally.latencies.push(performance.now() - started);
      tally.bytes += result.rowCount ?? 0;
    }
  } catch (error) {
    tally.errors.network++;
    tally.firstError ??= shorten(error instanceof Error ? error.message : String(error));
  }
}

async function runInterleaved(job: InterleavedJob): Promise<Record<string, LoadResult>> {
  const pools = new Map<string, Pool>();
  const clients = new Map<string, PoolClient>();
  try {
    for (const target of job.targets) {
      if ('url' in target) continue;
      const pool = new Pool({ connectionString: target.databaseUrl, max: 1 });
      pools.set(target.name, pool);
      const client = await pool.connect();
      for (const statement of target.sessionSetup) await client.query(statement);
      clients.set(target.name, client);
    }
    const tallies = new Map(job.targets.map((target) => [target.name, newTally()]));
    const scratch = newTally();
    for (let round = 0; round < job.warmupRounds; round++) {
      for (const target of job.targets) {
        await once(target, clients.get(target.name), scratch, job.timeoutSec);
      }
    }
    const started = performance.now();
    const until = started + job.durationSec * 1000;
    const hardStop = started + job.durationSec * 10_000;
    // Bounded in count and in time (ten times the duration at most, to reach minRounds).
    for (let round = 0; round < 100_000; round++) {
      const now = performance.now();
      if (now >= hardStop || (now >= until && round >= job.minRounds)) break;
      for (let i = 0; i < job.targets.length; i++) {
        const target = job.targets[(round + i) % job.targets.length];
        if (!target) continue;
        const tally = tallies.get(target.name);
        if (tally) await once(target, clients.get(target.name), tally, job.timeoutSec);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    return Object.fromEntries(
      [...tallies].map(([name, tally]) => [name, resultOf(tally, seconds)]),
    );
  } finally {
    for (const client of clients.values()) client.release();
    for (const pool of pools.values()) await pool.end();
  }
}

function run(job: LoadJob): Promise<LoadResult | Record<string, LoadResult>> {
  if (job.kind === 'interleaved') return runInterleaved(job);
  return job.kind === 'http' ? runHttp(job) : runSql(job);
}

process.on('message', (message: { id: number; job: LoadJob }) => {
  run(message.job).then(
    (result) =>
      send(
        'requests' in result && typeof result.requests === 'number'
          ? { id: message.id, result: result as LoadResult }
          : { id: message.id, results: result as Record<string, LoadResult> },
      ),
    (error: unknown) =>
      send({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
send({ ready: true });
