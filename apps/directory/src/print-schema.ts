import { printSubgraphSdl } from '@lagesbild/subgraph-kit';
import { directoryApp } from './directory-app';

/** `npm run schema`: writes this subgraph's SDL for composition. */
printSubgraphSdl(directoryApp);
