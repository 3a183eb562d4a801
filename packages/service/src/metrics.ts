import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** A connection pool as `pg` exposes it. */
export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Who may read `GET /metrics`. */
export interface MetricsAccess {
  /** The bearer token Prometheus sends (`authorization.credentials` in its scrape config). */
  token?: string;
  /** Without a token: served to anyone (loopback development) or not at all (production). */
  openWithoutToken: boolean;
}

export interface ServiceMetrics {
  registry: Registry;
  /** Counts and times every GraphQL operation by type, root field and outcome. */
  plugin<Context extends BaseContext>(): ApolloServerPlugin<Context>;
  /** Reports the database pool's connections when Prometheus scrapes. */
  observePool(pool: () => PoolStats | undefined): void;
  /** `GET /metrics` in the Prometheus text format, for those `access` allows. */
  handler: RequestHandler;
}

/** An operation that was never resolved: unparsable, invalid, or naming no operation. */
const INVALID = { type: 'invalid', field: 'invalid' };

/**
 * The labels of one resolved operation. Every value comes from the schema, never from the
 * caller: the operation's type and the first field it selects at the root (a field of the
 * schema, since only a valid operation is resolved). The caller's `operationName` is no label,
 * since any string would make a new series.
 */
function operationLabels(operation: OperationDefinitionNode): { type: string; field: string } {
  const first = operation.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD,
  );
  return { type: operation.operation, field: first ? first.name.value : 'fragment' };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Prometheus metrics of one service (prom-client): process, operations, database pool. */
export function createMetrics(service: string, access: MetricsAccess): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const labelNames = ['type', 'field', 'outcome'] as const;
  const duration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations answered.',
    labelNames,
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
          let labels = INVALID;
          inFlight.inc();
          return {
            async didResolveOperation({ operation }) {
              labels = operation ? operationLabels(operation) : INVALID;
            },
            async willSendResponse({ response }) {
              inFlight.dec();
              const errors =
                response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
              const outcome = { ...labels, outcome: errors?.length ? 'error' : 'ok' };
              operations.inc(outcome);
              duration.observe(outcome, Number(process.hrtime.bigint() - started) / 1e9);
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
    handler: (req, res) => {
      const given = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const allowed = access.token
        ? given !== undefined && sameSecret(given, access.token)
        : access.openWithoutToken;
      if (!allowed) {
        // Without a token configured, production has no metrics endpoint at all.
        if (!access.token) res.status(404).type('text/plain').send('Not found\n');
        else
          res
            .status(401)
            .set('www-authenticate', 'Bearer')
            .type('text/plain')
            .send('Unauthorized\n');
        return;
      }
      registry.metrics().then(
        (text) => res.type(registry.contentType).send(text),
        (error: unknown) => res.status(500).send(String(error)),
      );
    },
  };
}
