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
  /** At least this many measured answers, even if that takes longer than `durationSec`. */
  minRequests: number;
  timeoutSec: number;
}

/** The same closed loop, with one SQL statement through `pg` directly. */
export interface SqlJob {
  kind: 'sql';
  databaseUrl: string;
  sql: string;
  params: unknown[];
  /** Statements run once on every connection first (e.g. `SET jit = off`). */
  sessionSetup: string[];
  connections: number;
  durationSec: number;
  warmupSec: number;
  minRequests: number;
}

/** One of the things an interleaved job compares: a GraphQL request or an SQL statement. */
export type InterleavedTarget =
  | { name: string; url: string; request: LoadRequest }
  | { name: string; databaseUrl: string; sql: string; sessionSetup: string[] };

/**
 * One connection that sends to each target in turn, round after round (starting each round one
 * target further on), so that whatever else the machine does falls on every target alike: the
 * way the ratios are measured side by side.
 */
export interface InterleavedJob {
  kind: 'interleaved';
  targets: InterleavedTarget[];
  durationSec: number;
  /** Unmeasured rounds first. */
  warmupRounds: number;
  minRounds: number;
  timeoutSec: number;
}

export type LoadJob = HttpJob | SqlJob | InterleavedJob;

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
  | { id: number; result: LoadResult }
  | { id: number; results: Record<string, LoadResult> }
  | { id: number; error: string }
  | { ready: true };
