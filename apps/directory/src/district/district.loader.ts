import type DataLoader from 'dataloader';
import { groupedLoader, keyedLoader } from '@lagesbild/subgraph-kit';
import type { District } from './district.entity';
import type { DistrictPopulation } from './district-population.entity';
import type { DistrictService } from './district.service';

export interface DistrictLoaders {
  byId: DataLoader<string, District | null>;
  byCode: DataLoader<string, District | null>;
  populations: DataLoader<string, DistrictPopulation[]>;
}

/** Per-request batching: one query for all districts' populations, whatever the list length. */
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
    populations: groupedLoader(
      (districtIds) => service.populationsOf(districtIds),
      (row) => [row.districtId],
    ),
  };
}
