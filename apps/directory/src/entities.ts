import { DataVersion } from '@lagesbild/db';
import { Council } from './council/council.entity';
import { District } from './district/district.entity';
import { Organisation } from './organisation/organisation.entity';
import { Person } from './person/person.entity';

/** Every table the directory subgraph owns, in its `directory` schema. */
export const directoryEntities = [Council, Organisation, Person, District, DataVersion];
