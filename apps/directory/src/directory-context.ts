import type { DataSource } from 'typeorm';
import type { SubgraphRequestContext } from '@lagesbild/subgraph-kit';
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

export interface DirectoryLoaders {
  organisations: OrganisationLoaders;
  people: PersonLoaders;
  districts: DistrictLoaders;
}

/** What the directory's resolvers receive: the verified user, services, and per-request loaders. */
export type DirectoryContext = SubgraphRequestContext<DirectoryServices, DirectoryLoaders>;

/** Once per process. */
export function createDirectoryServices(dataSource: DataSource): DirectoryServices {
  return {
    councils: new CouncilService(dataSource),
    organisations: new OrganisationService(dataSource),
    people: new PersonService(dataSource),
    districts: new DistrictService(dataSource),
    boundaries: new BoundaryImportService(dataSource),
  };
}

/** Once per request. */
export function createDirectoryLoaders(services: DirectoryServices): DirectoryLoaders {
  return {
    organisations: createOrganisationLoaders(services.organisations),
    people: createPersonLoaders(services.people),
    districts: createDistrictLoaders(services.districts),
  };
}
