import type { SubgraphApp } from '@lagesbild/subgraph-kit';
import { createDirectoryDataSource } from './data-source';
import {
  createDirectoryLoaders,
  createDirectoryServices,
  type DirectoryLoaders,
  type DirectoryServices,
} from './directory-context';
import { buildDirectorySchema } from './directory-schema';
import { OrganisationService } from './organisation/organisation.service';
import { seedDirectory } from './seed/seed-directory';

/** The directory subgraph: the council, its organisations and people, and the districts. */
export const directoryApp: SubgraphApp<DirectoryServices, DirectoryLoaders> = {
  name: 'directory',
  defaultPort: 4001,
  createDataSource: createDirectoryDataSource,
  buildSchema: buildDirectorySchema,
  seedDemoData: (dataSource) => seedDirectory(dataSource),
  createServices: createDirectoryServices,
  servicesFor: (services) => services,
  createLoaders: createDirectoryLoaders,
  organisationCodes: async (dataSource) =>
    new Set((await new OrganisationService(dataSource).findAll()).map((o) => o.code)),
};
