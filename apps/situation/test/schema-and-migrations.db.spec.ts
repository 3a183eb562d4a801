import { subgraphDrift } from '@lagesbild/subgraph-kit';
import { startTestDatabase } from '@lagesbild/test-kit';
import { situationApp } from '../src/situation-app';

describe('situation schema and migrations', () => {
  it('has committed the SDL it builds and migrations that produce exactly its entities', async () => {
    const database = await startTestDatabase();
    try {
      const drift = await subgraphDrift(situationApp, database.url);
      // Run `npm run schema` when the SDL differs, generate a migration when statements remain.
      expect(drift.committedSdl).toBe(drift.sdl);
      expect(drift.pendingStatements).toEqual([]);
    } finally {
      await database.stop();
    }
  });
});
