import { Init1795613316049 } from './1795613316049-Init';

/** The migrations, oldest first. `npm run migration:generate` adds to this list. */
export const directoryMigrations = [Init1795613316049];
