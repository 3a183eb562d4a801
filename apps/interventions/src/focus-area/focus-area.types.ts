import { Field, InputType } from 'type-graphql';

@InputType({
  description: 'A new focus area. Only leadership creates and prioritises focus areas.',
})
export class CreateFocusAreaInput {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  problem!: string;

  @Field(() => String, { defaultValue: '' })
  causeAnalysis!: string;

  @Field(() => [String], { defaultValue: [] })
  districts!: string[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'Keys of the indicators that show the problem.',
  })
  indicators!: string[];

  @Field(() => String, { description: 'First day of the period (ISO date).' })
  periodStart!: string;

  @Field(() => String, { description: 'Last day of the period (ISO date).' })
  periodEnd!: string;
}

@InputType({ description: 'Changes to a focus area: only the fields given change.' })
export class UpdateFocusAreaInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  problem?: string | null;

  @Field(() => String, { nullable: true })
  causeAnalysis?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the districts.' })
  districts?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the indicators.' })
  indicators?: string[] | null;

  @Field(() => String, { nullable: true, description: 'First day of the period (ISO date).' })
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the period (ISO date).' })
  periodEnd?: string | null;
}
