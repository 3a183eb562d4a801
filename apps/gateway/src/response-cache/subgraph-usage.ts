import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from '../gateway-context';

/** The subgraphs asked while computing one answer, for the answer cache to validate it by. */
const used = new AsyncLocalStorage<Set<string>>();

/** Runs `compute` (and everything it starts) while noting which subgraphs it asks. */
export function noteSubgraphsUsed(into: Set<string>, compute: () => void): void {
  used.run(into, compute);
}

/** A subgraph's data source that notes its use in the answer being computed, if any. */
export function notingUse(
  name: string,
  source: GraphQLDataSource<GatewayContext>,
): GraphQLDataSource<GatewayContext> {
  return {
    process(options) {
      used.getStore()?.add(name);
      return source.process(options);
    },
  };
}
