import { migrateSubgraph } from '@lagesbild/subgraph-kit';
import { interventionsApp } from './interventions-app';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or INTERVENTIONS_DATABASE_URL). */
migrateSubgraph(interventionsApp, process.env);
