import DataLoader from 'dataloader';
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
    byId: new DataLoader(async (ids) => {
      const found = new Map((await service.findByIds(ids)).map((p) => [p.id, p]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    byUsername: new DataLoader(async (usernames) => {
      const found = new Map((await service.findByUsernames(usernames)).map((p) => [p.username, p]));
      return usernames.map((username) => found.get(username) ?? null);
    }),
    byOrganisationId: new DataLoader(async (organisationIds) => {
      const people = await service.findByOrganisationIds(organisationIds);
      return organisationIds.map((id) => people.filter((p) => p.organisationId === id));
    }),
  };
}
