import type DataLoader from 'dataloader';
import { keyedLoader } from '@lagesbild/subgraph-kit';
import type { District } from './district.entity';
import type { DistrictService } from './district.service';

export interface DistrictLoaders {
  byId: DataLoader<string, District | null>;
  byCode: DataLoader<string, District | null>;
}

/** Per-request batching: one query for all districts asked for, whatever the list length. */
export function createDistrictLoaders(service: DistrictService): DistrictLoaders {
  return {
    byId: keyedLoader(
      (ids) => service.findByIds(ids),
      (d) => d.id,
    ),
    byCode: keyedLoader(
      (codes) => service.findByCodes(codes),
      (d) => d.code,
    ),
  };
}
