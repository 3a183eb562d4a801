import path from 'node:path';
import { z } from 'zod';
import { databaseUrl, parseConfig, port } from '@lagesbild/config';

const schema = z.object({
  GATEWAY_PORT: port(4000),
  DIRECTORY_PORT: port(4001),
  SITUATION_PORT: port(4002),
  INTERVENTIONS_PORT: port(4003),
  DASHBOARD_PORT: port(5173),
  DATABASE_URL: databaseUrl().optional(),
  DATA_DIR: z.string().default('.data'),
  DEMO_DATA: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
});

export interface LauncherConfig {
  ports: { gateway: number; dashboard: number; subgraphs: Record<string, number> };
  databaseUrl?: string;
  /** Folder of the embedded database. */
  dataDir: string;
  demoData: boolean;
  logLevel: string;
  /** The environment passed on to the services, e.g. OIDC settings in production. */
  env: NodeJS.ProcessEnv;
}

/** `npm start`'s configuration, read once from the environment. */
export function loadLauncherConfig(env: NodeJS.ProcessEnv = process.env): LauncherConfig {
  const parsed = parseConfig(schema, env);
  return {
    ports: {
      gateway: parsed.GATEWAY_PORT,
      dashboard: parsed.DASHBOARD_PORT,
      subgraphs: {
        directory: parsed.DIRECTORY_PORT,
        situation: parsed.SITUATION_PORT,
        interventions: parsed.INTERVENTIONS_PORT,
      },
    },
    databaseUrl: parsed.DATABASE_URL,
    dataDir: path.resolve(parsed.DATA_DIR, 'pglite'),
    // The embedded database is a demo: seed it. A real server is seeded only on request.
    demoData: parsed.DEMO_DATA ? parsed.DEMO_DATA === 'true' : !parsed.DATABASE_URL,
    logLevel: parsed.LOG_LEVEL,
    env,
  };
}
