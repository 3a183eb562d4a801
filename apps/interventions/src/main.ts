import { runSubgraph } from '@lagesbild/subgraph-kit';
import { interventionsApp } from './interventions-app';

runSubgraph(interventionsApp, process.env);
