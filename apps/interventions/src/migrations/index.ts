import { Init1795615460803 } from './1795615460803-Init';
import { UniquePriorityRank1796512935069 } from './1796512935069-UniquePriorityRank';
import { DataVersion1796513739127 } from './1796513739127-DataVersion';
import { ChangeVersion1796524501560 } from './1796524501560-ChangeVersion';
import { InterventionResponsible1796524649050 } from './1796524649050-InterventionResponsible';

/** The migrations, oldest first. `npm run migration:generate` adds to this list. */
export const interventionsMigrations = [
  Init1795615460803,
  UniquePriorityRank1796512935069,
  DataVersion1796513739127,
  ChangeVersion1796524501560,
  InterventionResponsible1796524649050,
];
