import type { SituationContext } from '../situation-context';
import type { Indicator } from './indicator.entity';

/** Resolves an `Indicator` that another subgraph refers to by `key`. */
export function resolveIndicatorReference(
  reference: Record<string, unknown>,
  { loaders }: SituationContext,
): Promise<Indicator | null> {
  return loaders.indicatorByKey.load(String(reference.key));
}
