import autocannon from 'autocannon';
import { Pool } from 'pg';
import type { HttpJob, LoadJob, LoadResult, SqlJob, WorkerMessage } from './load-protocol';
import { summariseLatencies } from './stats';

/**
 * The load generator, a process of its own (forked by load-client.ts) so that sending load never
 * shares an event loop with what is measured. It takes one job at a time over IPC.
 */

function send(message: WorkerMessage) {
  process.send?.(message);
}

function shorten(text: string): string {
  return text.length > 400 ? `${text.slice(0, 400)} …` : text;
}

function runAutocannon(job: HttpJob, durationSec: number, measure: boolean): Promise<LoadResult> {
  const latencies: number[] = [];
  const errors = { status: 0, graphql: 0, network: 0 };
  let firstError: string | null = null;
  let bytes = 0;
  const noteError = (text: string) => {
    firstError ??= shorten(text);
  };
  const startedAt = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: durationSec,
        timeout: job.timeoutSec,
        requests: job.requests.map((request) => ({
          method: 'POST' as const,
          headers: { ...request.headers, 'content-type': 'application/json' },
          body: request.body,
          onResponse: (status: number, body: string) => {
            if (status !== 200) {
              errors.status++;
              noteError(`HTTP ${status}: ${body}`);
            } else if (body.includes('"errors"')) {
              errors.graphql++;
              noteError(body);
            }
          },
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        errors.network += result.errors + result.timeouts;
        if (result.errors + result.timeouts > 0) {
          noteError(`${result.errors} connection errors, ${result.timeouts} timeouts`);
        }
        const seconds = (performance.now() - startedAt) / 1000;
        resolve({
          requests: latencies.length,
          durationSec: seconds,
          throughput: latencies.length / seconds,
          latency: summariseLatencies(latencies),
          errors,
          firstError,
          meanSize: latencies.length ? bytes / latencies.length : 0,
        });
      },
    );
    instance.on('response', (_client, _status, responseBytes, responseTime) => {
      if (!measure) return;
      latencies.push(responseTime);
      bytes += responseBytes;
    });
  });
}

async function runHttp(job: HttpJob): Promise<LoadResult> {
  if (job.warmupSec > 0) await runAutocannon(job, job.warmupSec, false);
  return runAutocannon(job, job.durationSec, true);
}

async function runSql(job: SqlJob): Promise<LoadResult> {
  const pool = new Pool({ connectionString: job.databaseUrl, max: job.connections });
  const latencies: number[] = [];
  const errors = { status: 0, graphql: 0, network: 0 };
  let firstError: string | null = null;
  let rows = 0;
  const loop = async (untilMs: number, measure: boolean) => {
    // Bounded in time and, as a safeguard, in count.
    for (let i = 0; i < 1_000_000 && performance.now() < untilMs; i++) {
      const started = performance.now();
      try {
        const result = await pool.query(job.sql, job.params);
        if (measure) {
          latencies.push(performance.now() - started);
          rows += result.rowCount ?? 0;
        }
      } catch (error) {
        errors.network++;
        firstError ??= shorten(error instanceof Error ? error.message : String(error));
      }
    }
  };
  try {
    const clients = Array.from({ length: job.connections });
    if (job.warmupSec > 0) {
      const until = performance.now() + job.warmupSec * 1000;
      await Promise.all(clients.map(() => loop(until, false)));
    }
    const startedAt = performance.now();
    const until = startedAt + job.durationSec * 1000;
    await Promise.all(clients.map(() => loop(until, true)));
    const seconds = (performance.now() - startedAt) / 1000;
    return {
      requests: latencies.length,
      durationSec: seconds,
      throughput: latencies.length / seconds,
      latency: summariseLatencies(latencies),
      errors,
      firstError,
      meanSize: latencies.length ? rows / latencies.length : 0,
    };
  } finally {
    await pool.end();
  }
}

function run(job: LoadJob): Promise<LoadResult> {
  return job.kind === 'http' ? runHttp(job) : runSql(job);
}

process.on('message', (message: { id: number; job: LoadJob }) => {
  run(message.job).then(
    (result) => send({ id: message.id, result }),
    (error: unknown) =>
      send({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
send({ ready: true });
