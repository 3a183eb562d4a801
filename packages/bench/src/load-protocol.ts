import type { LatencySummary } from './stats';

/** One request of an HTTP load: autocannon sends the requests of a job in turn on each connection. */
export interface LoadRequest {
  headers: Record<string, string>;
  body: string;
}

/** Closed-loop HTTP load: `connections` clients, each sending its next request on an answer. */
export interface HttpJob {
  kind: 'http';
  url: string;
  requests: LoadRequest[];
  connections: number;
  durationSec: number;
  /** Load sent first and not measured, so that caches and JIT are warm. */
  warmupSec: number;
  timeoutSec: number;
}

/** The same closed loop, with one SQL statement through `pg` directly. */
export interface SqlJob {
  kind: 'sql';
  databaseUrl: string;
  sql: string;
  params: unknown[];
  connections: number;
  durationSec: number;
  warmupSec: number;
}

export type LoadJob = HttpJob | SqlJob;

export interface LoadErrors {
  /** Answers other than HTTP 200. */
  status: number;
  /** HTTP 200 answers that carry GraphQL errors. */
  graphql: number;
  /** Connection errors and timeouts. */
  network: number;
}

export interface LoadResult {
  requests: number;
  durationSec: number;
  /** Answers per second. */
  throughput: number;
  latency: LatencySummary;
  errors: LoadErrors;
  /** The first error seen, shortened, to say what went wrong. */
  firstError: string | null;
  /** Mean size of an answer, bytes (HTTP) or rows (SQL). */
  meanSize: number;
}

export type WorkerMessage =
  { id: number; result: LoadResult } | { id: number; error: string } | { ready: true };
