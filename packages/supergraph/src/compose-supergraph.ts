import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { SUBGRAPHS, subgraphSdlPath } from './subgraphs';

export interface ComposedSupergraph {
  supergraphSdl: string;
  apiSchemaSdl: string;
}

/** Composes the committed subgraph SDL files; throws with every composition error listed. */
export function composeSupergraph(): ComposedSupergraph {
  const result = composeServices(
    SUBGRAPHS.map(({ name, defaultUrl }) => ({
      name,
      url: defaultUrl,
      typeDefs: parse(readFileSync(subgraphSdlPath(name), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(
      `Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return { supergraphSdl: result.supergraphSdl, apiSchemaSdl: `${printSchema(apiSchema)}\n` };
}
