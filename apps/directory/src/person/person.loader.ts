import type DataLoader from 'dataloader';
import { groupedLoader, keyedLoader } from '@lagesbild/subgraph-kit';
import type { Person } from './person.entity';
import type { PersonService } from './person.service';

export interface PersonLoaders {
  byId: DataLoader<string, Person | null>;
  byUsername: DataLoader<string, Person | null>;
  byOrganisationId: DataLoader<string, Person[]>;
}

/** Per-request batching of people by id and by organisation. */
export function createPersonLoaders(service: PersonService): PersonLoaders {
  return {
    byId: keyedLoader(
      (ids) => service.findByIds(ids),
      (p) => p.id,
    ),
    byUsername: keyedLoader(
      (usernames) => service.findByUsernames(usernames),
      (p) => p.username,
    ),
    byOrganisationId: groupedLoader(
      (organisationIds) => service.findByOrganisationIds(organisationIds),
      (p) => (p.organisationId ? [p.organisationId] : []),
    ),
  };
}
