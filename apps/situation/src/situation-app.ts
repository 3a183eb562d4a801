import type { SubgraphApp } from '@lagesbild/subgraph-kit';
import { createSituationDataSource } from './data-source';
import { FigureCache } from './figure-cache/figure-cache';
import { seedSituation } from './seed/seed-situation';
import {
  createSituationLoaders,
  createSituationServices,
  type SituationLoaders,
  type SituationServices,
} from './situation-context';
import { buildSituationSchema } from './situation-schema';

/** The situation subgraph: indicators, observations, the situation picture and imports. */
export const situationApp: SubgraphApp<SituationServices, SituationLoaders> = {
  name: 'situation',
  defaultPort: 4002,
  createDataSource: createSituationDataSource,
  buildSchema: buildSituationSchema,
  seedDemoData: async (dataSource) => (await seedSituation(dataSource)) > 0,
  createServices: (dataSource, config) =>
    createSituationServices(
      dataSource,
      config.keepAnswers ? FigureCache.forDatabase(dataSource) : FigureCache.none(),
      config.subgraphUrls.directory,
    ),
  servicesFor: (services) => services,
  createLoaders: createSituationLoaders,
};
