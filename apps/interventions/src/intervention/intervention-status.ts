import { registerEnumType } from 'type-graphql';

/** The status an intervention's owner reports. */
export enum InterventionStatus {
  PLANNED = 'PLANNED',
  ONGOING = 'ONGOING',
  AT_RISK = 'AT_RISK',
  DELAYED = 'DELAYED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(InterventionStatus, {
  name: 'InterventionStatus',
  description:
    'The status the owner reports: planned, ongoing, at risk, delayed, completed, cancelled.',
});

/** Statuses that count as on track in the KPIs (cancelled interventions are left out). */
export const ON_TRACK = new Set([
  InterventionStatus.PLANNED,
  InterventionStatus.ONGOING,
  InterventionStatus.COMPLETED,
]);
