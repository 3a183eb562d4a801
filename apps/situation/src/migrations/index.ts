import { Init1795614438821 } from './1795614438821-Init';
import { DataVersion1796513727339 } from './1796513727339-DataVersion';
import { ImportUndoAndFiniteFigures1796524531244 } from './1796524531244-ImportUndoAndFiniteFigures';

/** The migrations, oldest first. `npm run migration:generate` adds to this list. */
export const situationMigrations = [
  Init1795614438821,
  DataVersion1796513727339,
  ImportUndoAndFiniteFigures1796524531244,
];
