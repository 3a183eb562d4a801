import type DataLoader from 'dataloader';
import { groupedLoader } from '@lagesbild/subgraph-kit';
import type { ObservationService } from '../observation/observation.service';
import type { DistrictPopulation } from './district-population';

export type PopulationLoader = DataLoader<string, DistrictPopulation[]>;

/** Each district's population per year, oldest first, by district code: one read per request. */
export function createPopulationLoader(observations: ObservationService): PopulationLoader {
  return groupedLoader(
    async (codes) =>
      (await observations.populationsOf(codes)).map((row) => ({
        districtCode: row.districtCode,
        year: Number(row.period.slice(0, 4)),
        population: row.value,
      })),
    (row) => [row.districtCode],
  );
}
