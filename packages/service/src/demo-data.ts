import type * as DemoData from '@lagesbild/demo-data';

/**
 * The demo municipality, loaded only when a service is asked for it (`DEMO_DATA=true`, or the
 * gateway's demo sign-in). No service declares it a dependency, so that their images leave it and
 * its generator (faker) out; in the repository, where `npm start` runs, npm links every workspace.
 */
export async function loadDemoData(): Promise<typeof DemoData> {
  try {
    // eslint-disable-next-line import-x/no-extraneous-dependencies -- left out of images on purpose
    return await import('@lagesbild/demo-data');
  } catch (error) {
    throw new Error(
      'The demo data is not installed here (production images leave it out): set DEMO_DATA=false and configure OIDC_ISSUER, or run from the repository with `npm start`.',
      { cause: error },
    );
  }
}
