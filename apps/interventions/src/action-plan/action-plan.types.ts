import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A focus area as the plan decided it.' })
export class PlannedFocusArea {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  problem!: string;

  @Field(() => String)
  causeAnalysis!: string;

  @Field(() => Int)
  priorityRank!: number;

  @Field(() => [String])
  districtCodes!: string[];

  @Field(() => [String])
  indicatorKeys!: string[];
}

@ObjectType()
export class PlannedFollowUp {
  @Field(() => String)
  indicatorKey!: string;

  @Field(() => Float, { nullable: true })
  baseline!: number | null;

  @Field(() => Float)
  target!: number;
}

@ObjectType({ description: 'An intervention as the plan decided it.' })
export class PlannedIntervention {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String)
  goal!: string;

  @Field(() => ID, { nullable: true })
  focusAreaId!: string | null;

  @Field(() => String)
  ownerCode!: string;

  @Field(() => [String])
  coOwnerCodes!: string[];

  @Field(() => [String])
  districtCodes!: string[];

  @Field(() => String)
  startDate!: string;

  @Field(() => String)
  endDate!: string;

  @Field(() => String)
  status!: string;

  @Field(() => String, { nullable: true })
  citizenPromise!: string | null;

  @Field(() => [PlannedFollowUp])
  followUps!: PlannedFollowUp[];
}

@ObjectType({
  description:
    'An indicator figure the plan cites: the indicator and the period, fixed when the plan was ' +
    'published; the figure itself is read as published now.',
})
export class CitedFigure {
  @Field(() => String)
  indicatorKey!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The period cited: the indicator's latest final period when the plan was published.",
  })
  period!: string | null;
}

@ObjectType({
  description:
    'One field of an item that differs between two versions, with its value in each, written for reading: names rather than codes (districts, organisations, indicators, focus areas), lists joined with ", ", follow-ups as "indicator: baseline → target". A status stays its code (InterventionStatus), for the reader to translate.',
})
export class PlanFieldChange {
  @Field(() => String, {
    description:
      'title, problem, causeAnalysis, priorityRank, districts or indicators of a focus area; title, description, goal, focusArea, owner, coOwners, districts, startDate, endDate, status, citizenPromise or followUps of an intervention.',
  })
  field!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value in the older version; null if none.',
  })
  before!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value in the newer version; null if none.',
  })
  after!: string | null;
}

@ObjectType({ description: 'One item that differs between two versions of the action plan.' })
export class PlanItemChange {
  @Field(() => String, { description: 'FocusArea or Intervention.' })
  kind!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [PlanFieldChange], {
    description: 'The fields that differ, with both values (for changed items; empty otherwise).',
  })
  fields!: PlanFieldChange[];
}

@ObjectType({
  description:
    'What publishing the action plan now would freeze: the focus areas and interventions as they are, with the figures they cite.',
})
export class ActionPlanDraft {
  @Field(() => [PlannedFocusArea])
  focusAreas!: PlannedFocusArea[];

  @Field(() => [PlannedIntervention])
  interventions!: PlannedIntervention[];

  @Field(() => [CitedFigure])
  indicatorFigures!: CitedFigure[];

  @Field(() => String, {
    description:
      'Identifies these focus areas and interventions: publishActionPlan given it as expectedDraft refuses with CONFLICT if they have changed since.',
  })
  fingerprint!: string;
}

@ObjectType({ description: 'What changed from one action plan version to another.' })
export class ActionPlanComparison {
  @Field(() => Int)
  from!: number;

  @Field(() => Int)
  to!: number;

  @Field(() => [PlanItemChange])
  added!: PlanItemChange[];

  @Field(() => [PlanItemChange])
  removed!: PlanItemChange[];

  @Field(() => [PlanItemChange])
  changed!: PlanItemChange[];
}
