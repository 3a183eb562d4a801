import { generateSubgraphMigration } from '@lagesbild/subgraph-kit';
import { situationApp } from './situation-app';

/** `npm run migration:generate -w @lagesbild/situation -- <Name>` */
generateSubgraphMigration(situationApp, __dirname, process.argv[2]);
