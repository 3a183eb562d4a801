import path from 'node:path';

/** The subgraphs that make up the supergraph, with the URLs they listen on by default. */
export const SUBGRAPHS = [
  { name: 'directory', defaultUrl: 'http://127.0.0.1:4001/graphql' },
  { name: 'situation', defaultUrl: 'http://127.0.0.1:4002/graphql' },
  { name: 'interventions', defaultUrl: 'http://127.0.0.1:4003/graphql' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

const root = path.join(__dirname, '..');

/** Where each subgraph's printed SDL is committed. */
export const subgraphSdlPath = (name: SubgraphName) =>
  path.join(root, 'subgraphs', `${name}.graphql`);

/** The composed supergraph the gateway serves. */
export const SUPERGRAPH_PATH = path.join(root, 'supergraph.graphql');

/** The client-facing schema, for typed documents in the dashboard. */
export const API_SCHEMA_PATH = path.join(root, 'api-schema.graphql');
