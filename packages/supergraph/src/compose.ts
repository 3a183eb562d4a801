import { writeFileSync } from 'node:fs';
import { composeSupergraph } from './compose-supergraph';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH } from './subgraphs';

/** `npm run schema`: writes the supergraph and the API schema from the subgraphs' SDL. */
const { supergraphSdl, apiSchemaSdl } = composeSupergraph();
writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
writeFileSync(API_SCHEMA_PATH, apiSchemaSdl);
console.log(`Wrote ${SUPERGRAPH_PATH} and ${API_SCHEMA_PATH}`);
