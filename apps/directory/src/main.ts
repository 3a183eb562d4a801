import { runSubgraph } from '@lagesbild/subgraph-kit';
import { directoryApp } from './directory-app';

runSubgraph(directoryApp, process.env);
