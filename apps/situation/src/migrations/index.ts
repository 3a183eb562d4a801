import { Init1795614438821 } from './1795614438821-Init';

/** The migrations, oldest first. `npm run migration:generate` adds to this list. */
export const situationMigrations = [Init1795614438821];
