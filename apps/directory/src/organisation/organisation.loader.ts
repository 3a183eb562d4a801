import type DataLoader from 'dataloader';
import { keyedLoader } from '@lagesbild/subgraph-kit';
import type { Organisation } from './organisation.entity';
import type { OrganisationService } from './organisation.service';

export interface OrganisationLoaders {
  byId: DataLoader<string, Organisation | null>;
  byCode: DataLoader<string, Organisation | null>;
}

/** Per-request batching: one query for all the organisations a response needs. */
export function createOrganisationLoaders(service: OrganisationService): OrganisationLoaders {
  return {
    byId: keyedLoader(
      (ids) => service.findByIds(ids),
      (o) => o.id,
    ),
    byCode: keyedLoader(
      (codes) => service.findByCodes(codes),
      (o) => o.code,
    ),
  };
}
