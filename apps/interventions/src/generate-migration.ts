import { generateSubgraphMigration } from '@lagesbild/subgraph-kit';
import { interventionsApp } from './interventions-app';

/** `npm run migration:generate -w @lagesbild/interventions -- <Name>` */
generateSubgraphMigration(interventionsApp, __dirname, process.argv[2]);
