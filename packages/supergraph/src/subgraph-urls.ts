import { z } from 'zod';
import { SUBGRAPHS, type SubgraphName } from './subgraphs';

const defaultUrl = (name: SubgraphName) =>
  z.url().default(SUBGRAPHS.find((s) => s.name === name)?.defaultUrl ?? '');

/** The environment variables that say where each subgraph answers, with their defaults. */
export const subgraphUrlFields = {
  DIRECTORY_URL: defaultUrl('directory'),
  SITUATION_URL: defaultUrl('situation'),
  INTERVENTIONS_URL: defaultUrl('interventions'),
};

type SubgraphUrlEnv = z.infer<z.ZodObject<typeof subgraphUrlFields>>;

/** Where each subgraph answers, by name, from the parsed variables. */
export function subgraphUrls(env: SubgraphUrlEnv): Record<SubgraphName, string> {
  return {
    directory: env.DIRECTORY_URL,
    situation: env.SITUATION_URL,
    interventions: env.INTERVENTIONS_URL,
  };
}
