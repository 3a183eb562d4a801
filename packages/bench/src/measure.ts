import type { BenchConfig } from './config';
import type { LoadGenerator } from './load-client';
import type { InterleavedTarget, LoadRequest, LoadResult } from './load-protocol';
import { requestBody, type Operation, type OperationName } from './operations';
import type { Measurement, RatioFigure, Target } from './results';
import { median, ratio } from './stats';

/**
 * The floor runs without PostgreSQL's JIT compiler: at 100× the planner overestimates the
 * statement's rows by orders of magnitude and JIT-compiles it for 1.6 s on every execution, a
 * setting any DBA would turn off for such a statement. PGlite has no JIT; the setting is harmless.
 */
export const FLOOR_SESSION = ['SET jit = off'];

/** Slow operations (the picture at 100×) still get a few answers per measurement. */
const MIN_REQUESTS = 5;

/** A target of a side-by-side measurement, named by the measurement's Target. */
export type TargetSpec = InterleavedTarget extends infer T
  ? T extends InterleavedTarget
    ? Omit<T, 'name'>
    : never
  : never;

/** A GraphQL request of an operation with a user's token, as a side-by-side target. */
export async function graphqlTarget(
  url: string,
  operation: Operation,
  token: TokenSource,
): Promise<TargetSpec> {
  return {
    url,
    request: {
      headers: { authorization: `Bearer ${await token(operation.user)}` },
      body: requestBody(operation),
    },
  };
}

/** An SQL statement through `pg`, as a side-by-side target (with the floor's session). */
export function sqlTarget(databaseUrl: string, sql: string): TargetSpec {
  return { databaseUrl, sql, sessionSetup: FLOOR_SESSION };
}

/** Tokens per demo user, from the gateway whose issuer the target trusts. */
export type TokenSource = (user: string) => Promise<string>;

/** Sends measured load through the load generator and keeps every measurement. */
export class Measurer {
  readonly measurements: Measurement[] = [];

  constructor(
    private readonly generator: LoadGenerator,
    private readonly config: BenchConfig,
    private readonly log: (line: string) => void,
  ) {}

  async requestsFor(operations: Operation[], token: TokenSource): Promise<LoadRequest[]> {
    return Promise.all(
      operations.map(async (operation) => ({
        headers: { authorization: `Bearer ${await token(operation.user)}` },
        body: requestBody(operation),
      })),
    );
  }

  private keep(
    run: number,
    target: Target,
    operation: OperationName,
    connections: number,
    result: LoadResult,
  ): LoadResult {
    this.measurements.push({ run, target, operation, connections, result });
    const errors = result.errors.status + result.errors.graphql + result.errors.network;
    this.log(
      `  run ${run} ${target.padEnd(9)} ${operation.padEnd(16)} c=${connections} ` +
        `p50 ${result.latency.p50.toFixed(1)} ms, p99 ${result.latency.p99.toFixed(1)} ms, ` +
        `${result.throughput.toFixed(1)}/s${errors ? `, ${errors} ERRORS: ${result.firstError}` : ''}`,
    );
    return result;
  }

  async http(
    run: number,
    target: Target,
    operation: Operation,
    url: string,
    token: TokenSource,
    connections: number,
  ): Promise<LoadResult> {
    const result = await this.generator.run({
      kind: 'http',
      url,
      requests: await this.requestsFor([operation], token),
      connections,
      durationSec: this.config.durationSec,
      warmupSec: this.config.warmupSec,
      minRequests: MIN_REQUESTS,
      timeoutSec: 120,
    });
    return this.keep(run, target, operation.name, connections, result);
  }

  /**
   * The targets measured side by side: one connection sends to each in turn, round after round,
   * for the measurement's duration per target (interleaved; see load-protocol.ts).
   */
  async side(
    run: number,
    operation: OperationName,
    targets: { target: Target; spec: TargetSpec }[],
  ): Promise<void> {
    const results = await this.generator.interleave({
      kind: 'interleaved',
      targets: targets.map(({ target, spec }) => ({ ...spec, name: target })),
      durationSec: this.config.durationSec * targets.length,
      warmupRounds: this.config.quick ? 1 : 2,
      minRounds: MIN_REQUESTS,
      timeoutSec: 120,
    });
    for (const { target } of targets) {
      const result = results[target];
      if (result) this.keep(run, target, operation, 1, result);
    }
  }

  /** p50 of one target's measurement of an operation in a run. */
  p50(run: number, target: Target, operation: OperationName, connections: number): number {
    return (
      this.measurements.find(
        (m) =>
          m.run === run &&
          m.target === target &&
          m.operation === operation &&
          m.connections === connections,
      )?.result.latency.p50 ?? Number.NaN
    );
  }

  /** numerator p50 ÷ denominator p50 in every run, and the median of those ratios. */
  ratio(
    definition: string,
    operation: OperationName,
    connections: number,
    numerator: { target: Target; label: string },
    denominator: { target: Target; label: string },
  ): RatioFigure {
    const runs = [...new Set(this.measurements.map((m) => m.run))].sort((a, b) => a - b);
    const perRun = runs.map((run) =>
      ratio(
        this.p50(run, numerator.target, operation, connections),
        this.p50(run, denominator.target, operation, connections),
      ),
    );
    return {
      definition,
      perRun,
      median: median(perRun),
      numerator: {
        label: numerator.label,
        p50: median(runs.map((run) => this.p50(run, numerator.target, operation, connections))),
      },
      denominator: {
        label: denominator.label,
        p50: median(runs.map((run) => this.p50(run, denominator.target, operation, connections))),
      },
    };
  }

  /** The median over runs of each figure of a target's load measurements of an operation. */
  medianLoad(target: Target, operation: OperationName, connections: number): LoadResult | null {
    const results = this.measurements
      .filter(
        (m) => m.target === target && m.operation === operation && m.connections === connections,
      )
      .map((m) => m.result);
    const first = results[0];
    if (!first) return null;
    const of = (pick: (result: LoadResult) => number) => median(results.map(pick));
    return {
      requests: of((r) => r.requests),
      durationSec: of((r) => r.durationSec),
      throughput: of((r) => r.throughput),
      latency: {
        p50: of((r) => r.latency.p50),
        p95: of((r) => r.latency.p95),
        p99: of((r) => r.latency.p99),
        mean: of((r) => r.latency.mean),
        max: Math.max(...results.map((r) => r.latency.max)),
      },
      errors: {
        status: results.reduce((sum, r) => sum + r.errors.status, 0),
        graphql: results.reduce((sum, r) => sum + r.errors.graphql, 0),
        network: results.reduce((sum, r) => sum + r.errors.network, 0),
      },
      firstError: results.find((r) => r.firstError)?.firstError ?? null,
      meanSize: of((r) => r.meanSize),
    };
  }

  /** Failed requests per target, over every measurement. */
  errorsByTarget(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const { target, result } of this.measurements) {
      totals[target] =
        (totals[target] ?? 0) +
        result.errors.status +
        result.errors.graphql +
        result.errors.network;
    }
    return totals;
  }
}
