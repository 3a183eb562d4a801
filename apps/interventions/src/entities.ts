import { DataVersion } from '@lagesbild/db';
import { ActionPlan } from './action-plan/action-plan.entity';
import { ChangeLogEntry } from './change-log/change-log-entry.entity';
import { FocusArea } from './focus-area/focus-area.entity';
import { FollowUpIndicator } from './follow-up/follow-up-indicator.entity';
import { Intervention } from './intervention/intervention.entity';
import { Milestone } from './milestone/milestone.entity';
import { ProgressReport } from './progress-report/progress-report.entity';

/** Every table the interventions subgraph owns, in its `interventions` schema. */
export const interventionsEntities = [
  FocusArea,
  Intervention,
  FollowUpIndicator,
  Milestone,
  ProgressReport,
  ChangeLogEntry,
  ActionPlan,
  DataVersion,
];
