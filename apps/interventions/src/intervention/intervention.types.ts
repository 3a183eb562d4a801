import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InterventionStatus } from './intervention-status';
import { Intervention } from './intervention.entity';

@InputType({ description: 'An indicator the intervention should move, with baseline and target.' })
export class FollowUpInput {
  @Field(() => String, { description: 'Indicator key, e.g. "crime_violence".' })
  indicator!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The stated baseline; omit to use the measured one.',
  })
  baseline?: number | null;

  @Field(() => Float)
  target!: number;
}

@InputType()
export class MilestoneInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'ISO date.' })
  dueDate!: string;
}

@InputType({ description: 'A new intervention. Only leadership creates interventions.' })
export class CreateInterventionInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { defaultValue: '' })
  description!: string;

  @Field(() => String, { defaultValue: '' })
  problem!: string;

  @Field(() => String, { defaultValue: '' })
  cause!: string;

  @Field(() => String)
  goal!: string;

  @Field(() => ID, { nullable: true })
  focusAreaId?: string | null;

  @Field(() => String, { description: 'Code of the owning organisation.' })
  owner!: string;

  @Field(() => [String], { defaultValue: [] })
  coOwners!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Account name of the person who answers for it: someone of the owning or a co-owning organisation.',
  })
  responsible?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: 'District codes; empty for the whole municipality.',
  })
  districts!: string[];

  @Field(() => String)
  startDate!: string;

  @Field(() => String)
  endDate!: string;

  @Field(() => InterventionStatus, { defaultValue: InterventionStatus.PLANNED })
  status!: InterventionStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Half-year of the citizen promise, e.g. "2026-H1".',
  })
  citizenPromise?: string | null;

  @Field(() => [FollowUpInput], { defaultValue: [] })
  followUps!: FollowUpInput[];

  @Field(() => [MilestoneInput], { defaultValue: [] })
  milestones!: MilestoneInput[];
}

@InputType({ description: 'The fields to change; those left out stay as they are.' })
export class UpdateInterventionInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  problem?: string | null;

  @Field(() => String, { nullable: true })
  cause?: string | null;

  @Field(() => String, { nullable: true })
  goal?: string | null;

  @Field(() => ID, { nullable: true })
  focusAreaId?: string | null;

  @Field(() => [String], { nullable: true })
  districts?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Account name of the person who answers for it (of the owning or a co-owning organisation), or "" for nobody.',
  })
  responsible?: string | null;

  @Field(() => String, { nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Half-year, or "" to leave the citizen promise.',
  })
  citizenPromise?: string | null;

  @Field(() => [FollowUpInput], {
    nullable: true,
    description: 'Replaces all follow-up indicators.',
  })
  followUps?: FollowUpInput[] | null;
}

@InputType()
export class ProgressReportInput {
  @Field(() => InterventionStatus, {
    description: 'The status now; it becomes the intervention’s status.',
  })
  status!: InterventionStatus;

  @Field(() => String)
  text!: string;

  @Field(() => String, { defaultValue: '' })
  nextSteps!: string;

  @Field(() => String, { nullable: true, description: 'ISO date; default today.' })
  reportedOn?: string | null;
}

@InputType({ description: 'Every criterion given must hold.' })
export class InterventionFilter {
  @Field(() => String, { nullable: true, description: 'Owned by this organisation (code).' })
  owner?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Owned or co-owned by this organisation (code).',
  })
  organisation?: string | null;

  @Field(() => [InterventionStatus], { nullable: true })
  status?: InterventionStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Targets this district (code).' })
  district?: string | null;

  @Field(() => ID, { nullable: true })
  focusArea?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Has (true) or has no (false) overdue milestone.',
  })
  overdue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Late (true) or not (false): not completed or cancelled, and at risk, delayed or with an overdue milestone.',
  })
  late?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Part of a published citizen promise.' })
  citizenPromise?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words in the title, description or goal.' })
  search?: string | null;
}

@ObjectType()
export class InterventionEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Intervention)
  node!: Intervention;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ description: 'A page of interventions, in title order.' })
export class InterventionConnection {
  @Field(() => [InterventionEdge])
  edges!: InterventionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many interventions match the filter in all.' })
  totalCount!: number;
}

export enum OwnershipRole {
  OWNER = 'OWNER',
  CO_OWNER = 'CO_OWNER',
  ANY = 'ANY',
}

registerEnumType(OwnershipRole, { name: 'OwnershipRole' });
