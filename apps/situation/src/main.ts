import { runSubgraph } from '@lagesbild/subgraph-kit';
import { situationApp } from './situation-app';

runSubgraph(situationApp, process.env);
