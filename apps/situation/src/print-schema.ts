import { printSubgraphSdl } from '@lagesbild/subgraph-kit';
import { situationApp } from './situation-app';

/** `npm run schema`: writes this subgraph's SDL for composition. */
printSubgraphSdl(situationApp);
