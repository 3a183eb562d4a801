import { readFileSync } from 'node:fs';
import { composeSupergraph } from './compose-supergraph';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH } from './subgraphs';

describe('the committed supergraph', () => {
  it('composes without errors and matches supergraph.graphql and api-schema.graphql (run `npm run schema` when this fails)', () => {
    const { supergraphSdl, apiSchemaSdl } = composeSupergraph();
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(supergraphSdl);
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(apiSchemaSdl);
  });
});
