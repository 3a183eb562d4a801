import { generateSubgraphMigration } from '@lagesbild/subgraph-kit';
import { directoryApp } from './directory-app';

/** `npm run migration:generate -w @lagesbild/directory -- <Name>` */
generateSubgraphMigration(directoryApp, __dirname, process.argv[2]);
