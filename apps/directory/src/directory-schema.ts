import type { GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@lagesbild/subgraph-kit';
import { CouncilResolver } from './council/council.resolver';
import type { DirectoryContext } from './directory-context';
import { resolveDistrictReference } from './district/district.reference';
import { DistrictResolver } from './district/district.resolver';
import { resolveOrganisationReference } from './organisation/organisation.reference';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { resolvePersonReference } from './person/person.reference';
import { PersonResolver } from './person/person.resolver';

export function buildDirectorySchema(): Promise<GraphQLSchema> {
  return buildSubgraphSchema<DirectoryContext>({
    resolvers: [CouncilResolver, OrganisationResolver, PersonResolver, DistrictResolver],
    referenceResolvers: {
      Organisation: { __resolveReference: resolveOrganisationReference },
      Person: { __resolveReference: resolvePersonReference },
      District: { __resolveReference: resolveDistrictReference },
    },
  });
}
