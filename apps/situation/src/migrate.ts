import { migrateSubgraph } from '@lagesbild/subgraph-kit';
import { situationApp } from './situation-app';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or SITUATION_DATABASE_URL). */
migrateSubgraph(situationApp, process.env);
