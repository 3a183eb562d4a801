import { printSubgraphSdl } from '@lagesbild/subgraph-kit';
import { interventionsApp } from './interventions-app';

/** `npm run schema`: writes this subgraph's SDL for composition. */
printSubgraphSdl(interventionsApp);
