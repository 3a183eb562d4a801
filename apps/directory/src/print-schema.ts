import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { subgraphSdlPath } from '@lagesbild/supergraph';
import { buildDirectorySchema } from './directory-schema';

/** `npm run schema`: writes the directory's SDL for composition. */
buildDirectorySchema().then((schema) => {
  const file = subgraphSdlPath('directory');
  writeFileSync(file, printSubgraphSchema(schema));
  console.log(`Wrote ${file}`);
});
