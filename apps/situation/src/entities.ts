import { DataVersion } from '@lagesbild/db';
import { DataImport } from './import/data-import.entity';
import { ImportChange } from './import/import-change.entity';
import { Indicator } from './indicator/indicator.entity';
import { Observation } from './observation/observation.entity';
import { ReferenceObservation } from './observation/reference-observation.entity';

/** Every table the situation subgraph owns, in its `situation` schema. */
export const situationEntities = [
  Indicator,
  DataImport,
  ImportChange,
  Observation,
  ReferenceObservation,
  DataVersion,
];
