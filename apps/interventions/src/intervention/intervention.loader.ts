import DataLoader from 'dataloader';
import { groupedLoader, keyedLoader } from '@lagesbild/subgraph-kit';
import type { ChangeLogEntry } from '../change-log/change-log-entry.entity';
import type { FocusArea } from '../focus-area/focus-area.entity';
import type { FollowUpIndicator } from '../follow-up/follow-up-indicator.entity';
import type { Milestone } from '../milestone/milestone.entity';
import type { ProgressReport } from '../progress-report/progress-report.entity';
import type { Intervention } from './intervention.entity';
import type { InterventionQueryService } from './intervention-query.service';

export interface InterventionLoaders {
  intervention: DataLoader<string, Intervention | null>;
  focusArea: DataLoader<string, FocusArea | null>;
  followUp: DataLoader<string, FollowUpIndicator | null>;
  milestones: DataLoader<string, Milestone[]>;
  progressReports: DataLoader<string, ProgressReport[]>;
  followUps: DataLoader<string, FollowUpIndicator[]>;
  changes: DataLoader<string, ChangeLogEntry[]>;
  /** The interventions an organisation owns or co-owns, by organisation code. */
  byOrganisation: DataLoader<string, Intervention[]>;
  byDistrict: DataLoader<string, Intervention[]>;
  byIndicator: DataLoader<string, Intervention[]>;
}

const ofIntervention = (row: { interventionId: string | null }) =>
  row.interventionId ? [row.interventionId] : [];

/** Per-request batching: one query per kind of row, whatever the number of interventions. */
export function createInterventionLoaders(queries: InterventionQueryService): InterventionLoaders {
  return {
    intervention: keyedLoader(
      (ids) => queries.findByIds(ids),
      (row) => row.id,
    ),
    focusArea: keyedLoader(
      (ids) => queries.focusAreasByIds(ids),
      (row) => row.id,
    ),
    followUp: keyedLoader(
      (ids) => queries.followUpsByIds(ids),
      (row) => row.id,
    ),
    milestones: groupedLoader((ids) => queries.milestonesOf(ids), ofIntervention),
    progressReports: groupedLoader((ids) => queries.progressReportsOf(ids), ofIntervention),
    followUps: groupedLoader((ids) => queries.followUpsOf(ids), ofIntervention),
    changes: groupedLoader((ids) => queries.changesOf(ids), ofIntervention),
    byOrganisation: groupedLoader(
      (codes) => queries.forOrganisations(codes),
      (i) => [i.ownerCode, ...i.coOwnerCodes],
    ),
    byDistrict: groupedLoader(
      (codes) => queries.forDistricts(codes),
      (i) => i.districtCodes,
    ),
    byIndicator: new DataLoader(async (keys) => {
      const rows = await queries.forIndicators(keys);
      return keys.map((key) =>
        rows.filter((row) => row.key === key).map((row) => row.intervention),
      );
    }),
  };
}
