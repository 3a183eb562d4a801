import type { GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@lagesbild/subgraph-kit';
import { District } from './district/district';
import { DistrictPopulationResolver } from './district/district-population.resolver';
import { resolveDistrictReference } from './district/district.reference';
import { DistrictSituationResolver } from './district/district.resolver';
import { resolveFollowUpReference } from './follow-up/follow-up.reference';
import { FollowUpIndicator } from './follow-up/follow-up-indicator';
import { ImportResolver } from './import/import.resolver';
import { resolveIndicatorReference } from './indicator/indicator.reference';
import { IndicatorResolver } from './indicator/indicator.resolver';
import { SeriesResolver } from './series/series.resolver';
import type { SituationContext } from './situation-context';
import { SituationPictureResolver } from './situation-picture/situation-picture.resolver';

export function buildSituationSchema(): Promise<GraphQLSchema> {
  return buildSubgraphSchema<SituationContext>({
    resolvers: [
      IndicatorResolver,
      SituationPictureResolver,
      SeriesResolver,
      DistrictSituationResolver,
      DistrictPopulationResolver,
      ImportResolver,
    ],
    orphanedTypes: [District, FollowUpIndicator],
    referenceResolvers: {
      Indicator: { __resolveReference: resolveIndicatorReference },
      District: { __resolveReference: resolveDistrictReference },
      FollowUpIndicator: { __resolveReference: resolveFollowUpReference },
    },
  });
}
