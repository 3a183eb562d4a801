import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Organisation } from '../federated/federated-entities';
import { FollowUpIndicator } from '../follow-up/follow-up-indicator.entity';
import { InterventionStatus } from '../intervention/intervention-status';
import { Intervention } from '../intervention/intervention.entity';
import { Milestone } from '../milestone/milestone.entity';

@ObjectType()
export class StatusCount {
  @Field(() => InterventionStatus)
  status!: InterventionStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'One organisation’s interventions by status.' })
export class OwnerCount {
  @Field(() => Organisation)
  owner!: Organisation;

  @Field(() => Int)
  total!: number;

  @Field(() => [StatusCount])
  byStatus!: StatusCount[];
}

@ObjectType({ description: 'A milestone past its due date and not done.' })
export class OverdueMilestone {
  @Field(() => Milestone)
  milestone!: Milestone;

  @Field(() => Intervention)
  intervention!: Intervention;

  @Field(() => Int, { description: 'Days past the due date.' })
  daysOverdue!: number;
}

export enum LateMeasure {
  OVERDUE_MILESTONE = 'OVERDUE_MILESTONE',
  STATUS = 'STATUS',
}

registerEnumType(LateMeasure, {
  name: 'LateMeasure',
  description:
    'What days late are counted from: the due date of the oldest overdue milestone, or the day the status became AT_RISK or DELAYED (whichever came first).',
});

@ObjectType({
  description:
    'An intervention that is late: not completed or cancelled, and at risk, delayed or with an overdue milestone.',
})
export class LateIntervention {
  @Field(() => Intervention)
  intervention!: Intervention;

  @Field(() => String, { description: 'The day it became late (ISO date).' })
  lateSince!: string;

  @Field(() => Int, { description: 'Days from lateSince to today (in Sweden).' })
  daysLate!: number;

  @Field(() => LateMeasure, { description: 'Which sign lateSince is the date of.' })
  measuredFrom!: LateMeasure;

  @Field(() => Milestone, { nullable: true, description: 'The oldest overdue milestone, if any.' })
  oldestOverdueMilestone!: Milestone | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The day the status became AT_RISK or DELAYED (ISO date); null for other statuses.',
  })
  statusSince!: string | null;
}

@ObjectType({ description: 'The council’s KPIs: are we on track, and where must we act?' })
export class KpiSummary {
  @Field(() => Int, { description: 'Interventions in all, cancelled ones included.' })
  total!: number;

  @Field(() => [StatusCount])
  byStatus!: StatusCount[];

  @Field(() => [OwnerCount])
  byOwner!: OwnerCount[];

  @Field(() => [OverdueMilestone], { description: 'Oldest first.' })
  overdueMilestones!: OverdueMilestone[];

  @Field(() => Int, {
    description:
      'Interventions with a milestone past its due date and not done, whatever their status (the list filter `overdue: true`).',
  })
  withOverdueMilestones!: number;

  @Field(() => [LateIntervention], {
    description: 'The late interventions (the list filter `late: true`), most days late first.',
  })
  lateInterventions!: LateIntervention[];

  @Field(() => Float, {
    description:
      'Share of the interventions not cancelled that are planned, ongoing or completed (0–1).',
  })
  shareOnTrack!: number;

  @Field(() => Int, { description: 'Interventions that are part of a published citizen promise.' })
  citizenPromises!: number;

  @Field(() => [FollowUpIndicator], {
    description:
      'The follow-up indicators of the interventions not cancelled; their progress comes from the situation picture.',
  })
  followUps!: FollowUpIndicator[];
}
