import { Field, Float, Int, ObjectType } from 'type-graphql';
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
