import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@lagesbild/subgraph-kit';
import { CouncilService } from './council/council.service';
import { BoundaryImportService } from './district/boundary-import.service';
import { createDistrictLoaders, type DistrictLoaders } from './district/district.loader';
import { DistrictService } from './district/district.service';
import {
  createOrganisationLoaders,
  type OrganisationLoaders,
} from './organisation/organisation.loader';
import { OrganisationService } from './organisation/organisation.service';
import { createPersonLoaders, type PersonLoaders } from './person/person.loader';
import { PersonService } from './person/person.service';

export interface DirectoryServices {
  councils: CouncilService;
  organisations: OrganisationService;
  people: PersonService;
  districts: DistrictService;
  boundaries: BoundaryImportService;
}

/** What the directory's resolvers receive: the verified user, services, and per-request loaders. */
export interface DirectoryContext extends SubgraphContext {
  services: DirectoryServices;
  loaders: {
    organisations: OrganisationLoaders;
    people: PersonLoaders;
    districts: DistrictLoaders;
  };
}

export function createDirectoryServices(dataSource: DataSource): DirectoryServices {
  return {
    councils: new CouncilService(dataSource),
    organisations: new OrganisationService(dataSource),
    people: new PersonService(dataSource),
    districts: new DistrictService(dataSource),
    boundaries: new BoundaryImportService(dataSource),
  };
}

export function createDirectoryContext(
  base: SubgraphContext,
  services: DirectoryServices,
): DirectoryContext {
  return {
    ...base,
    services,
    loaders: {
      organisations: createOrganisationLoaders(services.organisations),
      people: createPersonLoaders(services.people),
      districts: createDistrictLoaders(services.districts),
    },
  };
}
