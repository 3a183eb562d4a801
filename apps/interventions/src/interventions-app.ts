import type { SubgraphApp } from '@lagesbild/subgraph-kit';
import { createInterventionsDataSource } from './data-source';
import {
  createInterventionsContext,
  createInterventionsServices,
  type InterventionsContext,
  type InterventionsServices,
} from './interventions-context';
import { buildInterventionsSchema } from './interventions-schema';
import { seedInterventions } from './seed/seed-interventions';

/** The interventions subgraph: focus areas, interventions, follow-up, KPIs and action plans. */
export const interventionsApp: SubgraphApp<InterventionsServices, InterventionsContext> = {
  name: 'interventions',
  defaultPort: 4003,
  createDataSource: createInterventionsDataSource,
  buildSchema: buildInterventionsSchema,
  seedDemoData: seedInterventions,
  createServices: createInterventionsServices,
  createContext: createInterventionsContext,
};
