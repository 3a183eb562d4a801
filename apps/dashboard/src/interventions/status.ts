import type { InterventionStatus } from '../gql/graphql';

/** The statuses in the order of the work: from planned to done or stopped. */
export const STATUSES: ReadonlyArray<InterventionStatus> = [
  'PLANNED',
  'ONGOING',
  'AT_RISK',
  'DELAYED',
  'COMPLETED',
  'CANCELLED',
];

/** The count for each status, zero where the API lists none, in the order above. */
export function countsByStatus(
  counts: ReadonlyArray<{ status: InterventionStatus; count: number }>,
): Array<{ status: InterventionStatus; count: number }> {
  return STATUSES.map((status) => ({
    status,
    count: counts.find((c) => c.status === status)?.count ?? 0,
  }));
}

/** Statuses that count as on track in the KPIs (as the API counts them; cancelled left out). */
export const ON_TRACK: ReadonlyArray<InterventionStatus> = ['PLANNED', 'ONGOING', 'COMPLETED'];
