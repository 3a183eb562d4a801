import { Init1795613316049 } from './1795613316049-Init';
import { PersonUsernameRequired1795614959610 } from './1795614959610-PersonUsernameRequired';
import { DataVersion1796513747815 } from './1796513747815-DataVersion';
import { PopulationOwnedBySituation1796524600000 } from './1796524600000-PopulationOwnedBySituation';

/** The migrations, oldest first. `npm run migration:generate` adds to this list. */
export const directoryMigrations = [
  Init1795613316049,
  PersonUsernameRequired1795614959610,
  DataVersion1796513747815,
  PopulationOwnedBySituation1796524600000,
];
