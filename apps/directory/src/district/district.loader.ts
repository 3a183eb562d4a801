import DataLoader from 'dataloader';
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
    byId: new DataLoader(async (ids) => {
      const found = new Map((await service.findByIds(ids)).map((d) => [d.id, d]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    byCode: new DataLoader(async (codes) => {
      const found = new Map((await service.findByCodes(codes)).map((d) => [d.code, d]));
      return codes.map((code) => found.get(code) ?? null);
    }),
    populations: new DataLoader(async (districtIds) => {
      const rows = await service.populationsOf(districtIds);
      return districtIds.map((id) => rows.filter((row) => row.districtId === id));
    }),
  };
}
