export {
  SUBGRAPHS,
  type SubgraphName,
  subgraphSdlPath,
  SUPERGRAPH_PATH,
  API_SCHEMA_PATH,
} from './subgraphs';
export { composeSupergraph, type ComposedSupergraph } from './compose-supergraph';
export { subgraphUrlFields, subgraphUrls } from './subgraph-urls';
