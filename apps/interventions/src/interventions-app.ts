import type { SubgraphApp } from '@lagesbild/subgraph-kit';
import { createInterventionsDataSource } from './data-source';
import {
  createInterventionsLoaders,
  createInterventionsServices,
  interventionsServicesFor,
  type InterventionsLoaders,
  type InterventionsServices,
  type InterventionsSharedServices,
} from './interventions-context';
import { buildInterventionsSchema } from './interventions-schema';
import { seedInterventions } from './seed/seed-interventions';

/** The interventions subgraph: focus areas, interventions, follow-up, KPIs and action plans. */
export const interventionsApp: SubgraphApp<
  InterventionsServices,
  InterventionsLoaders,
  InterventionsSharedServices
> = {
  name: 'interventions',
  defaultPort: 4003,
  createDataSource: createInterventionsDataSource,
  buildSchema: buildInterventionsSchema,
  seedDemoData: seedInterventions,
  createServices: createInterventionsServices,
  servicesFor: interventionsServicesFor,
  createLoaders: createInterventionsLoaders,
};
