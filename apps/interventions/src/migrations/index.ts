import { Init1795615460803 } from './1795615460803-Init';

/** The migrations, oldest first. `npm run migration:generate` adds to this list. */
export const interventionsMigrations = [Init1795615460803];
