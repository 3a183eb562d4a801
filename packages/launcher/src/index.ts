export { startStack, type Stack, type StackOptions } from './stack';
export { formatLogLine } from './service-process';
export { freePort, freeStackPorts } from './free-port';
export { startSubgraphProcess, type SubgraphProcess } from './subgraph-process';
