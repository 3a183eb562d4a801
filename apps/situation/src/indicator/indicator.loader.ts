import type DataLoader from 'dataloader';
import { keyedLoader } from '@lagesbild/subgraph-kit';
import type { Indicator } from './indicator.entity';
import type { IndicatorService } from './indicator.service';

/** Per-request batching of the indicators the gateway asks for by key. */
export function createIndicatorLoader(
  service: IndicatorService,
): DataLoader<string, Indicator | null> {
  return keyedLoader(
    (keys) => service.findByKeys(keys),
    (indicator) => indicator.key,
  );
}
