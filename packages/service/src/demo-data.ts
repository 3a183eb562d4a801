import type * as DemoData from '@lagesbild/demo-data';

// Named by a constant, not a literal: no service declares the package, on purpose (see below).
const DEMO_DATA_PACKAGE = '@lagesbild/demo-data';

/**
 * The demo municipality, loaded only when a service is asked for it (`DEMO_DATA=true`, or the
 * gateway's demo sign-in). No service declares it a dependency, so that their images leave it and
 * its generator (faker) out; in the repository, where `npm start` runs, npm links every workspace.
 */
export async function loadDemoData(): Promise<typeof DemoData> {
  try {
    return (await import(DEMO_DATA_PACKAGE)) as typeof DemoData;
  } catch (error) {
    throw new Error(
      'The demo data is not installed here (production images leave it out): set DEMO_DATA=false and configure OIDC_ISSUER, or run from the repository with `npm start`.',
      { cause: error },
    );
  }
}
