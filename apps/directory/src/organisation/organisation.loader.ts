import DataLoader from 'dataloader';
import type { Organisation } from './organisation.entity';
import type { OrganisationService } from './organisation.service';

export interface OrganisationLoaders {
  byId: DataLoader<string, Organisation | null>;
  byCode: DataLoader<string, Organisation | null>;
}

/** Per-request batching: one query for all the organisations a response needs. */
export function createOrganisationLoaders(service: OrganisationService): OrganisationLoaders {
  return {
    byId: new DataLoader(async (ids) => {
      const found = new Map((await service.findByIds(ids)).map((o) => [o.id, o]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    byCode: new DataLoader(async (codes) => {
      const found = new Map((await service.findByCodes(codes)).map((o) => [o.code, o]));
      return codes.map((code) => found.get(code) ?? null);
    }),
  };
}
