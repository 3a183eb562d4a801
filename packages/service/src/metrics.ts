import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** A connection pool as `pg` exposes it. */
export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export interface ServiceMetrics {
  registry: Registry;
  /** Counts and times every GraphQL operation by name and outcome. */
  plugin<Context extends BaseContext>(): ApolloServerPlugin<Context>;
  /** Reports the database pool's connections when Prometheus scrapes. */
  observePool(pool: () => PoolStats | undefined): void;
  /** `GET /metrics` in the Prometheus text format. */
  handler: RequestHandler;
}

/** Prometheus metrics of one service (prom-client): process, operations, database pool. */
export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation.',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations answered.',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'graphql_operations_in_flight',
    help: 'GraphQL operations received and not yet answered.',
    registers: [registry],
  });
  return {
    registry,
    plugin() {
      return {
        async requestDidStart() {
          const started = process.hrtime.bigint();
          inFlight.inc();
          return {
            async willSendResponse({ request, response, operationName }) {
              inFlight.dec();
              const errors =
                response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
              const labels = {
                operation: operationName ?? request.operationName ?? 'anonymous',
                outcome: errors?.length ? 'error' : 'ok',
              };
              operations.inc(labels);
              duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
            },
          };
        },
      };
    },
    observePool(pool) {
      new Gauge({
        name: 'db_pool_connections',
        help: 'Database connections in the pool, by state.',
        labelNames: ['state'],
        registers: [registry],
        collect() {
          const stats = pool();
          if (!stats) return;
          this.set({ state: 'total' }, stats.totalCount);
          this.set({ state: 'idle' }, stats.idleCount);
          this.set({ state: 'waiting' }, stats.waitingCount);
        },
      });
    },
    handler: (_req, res) => {
      registry.metrics().then(
        (text) => res.type(registry.contentType).send(text),
        (error: unknown) => res.status(500).send(String(error)),
      );
    },
  };
}
