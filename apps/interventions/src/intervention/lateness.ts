import { INTERVENTIONS_SCHEMA } from '../data-source';
import { InterventionStatus } from './intervention-status';

/** Statuses that say an intervention is late whatever its milestones. */
export const LATE_STATUSES: ReadonlySet<InterventionStatus> = new Set([
  InterventionStatus.AT_RISK,
  InterventionStatus.DELAYED,
]);

/** Statuses after which nothing is late any more. */
export const CLOSED_STATUSES: ReadonlySet<InterventionStatus> = new Set([
  InterventionStatus.COMPLETED,
  InterventionStatus.CANCELLED,
]);

/**
 * SQL: intervention `i` has a milestone past its due date and not done (`:today` is the date in
 * Sweden). The list's `overdue` filter and the KPI count share it, so they agree.
 */
export const HAS_OVERDUE_MILESTONE = `EXISTS (SELECT 1 FROM ${INTERVENTIONS_SCHEMA}.milestone m
  WHERE m."interventionId" = i.id AND m."doneDate" IS NULL AND m."dueDate" < :today)`;

/**
 * SQL: intervention `i` is late: not completed or cancelled, and at risk, delayed or with an
 * overdue milestone. The list's `late` filter and the list of late interventions share it.
 */
export const IS_LATE = `(i.status NOT IN ('${[...CLOSED_STATUSES].join("', '")}') AND (i.status IN ('${[...LATE_STATUSES].join("', '")}') OR ${HAS_OVERDUE_MILESTONE}))`;
