import { migrateSubgraph } from '@lagesbild/subgraph-kit';
import { directoryApp } from './directory-app';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or DIRECTORY_DATABASE_URL). */
migrateSubgraph(directoryApp, process.env);
