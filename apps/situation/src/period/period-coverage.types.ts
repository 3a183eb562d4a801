import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A month, quarter or year the data covers, and how many districts reported it: a period not every district reported is incomplete and has no municipal figure.',
})
export class PeriodCoverage {
  @Field(() => String, { description: 'A month (2026-03), quarter (2026-Q1) or year (2026).' })
  period!: string;

  @Field(() => Int, {
    description:
      'Districts that reported the period (for a quarter or year: each of its months or quarters); of several indicators, the fewest.',
  })
  reportedDistricts!: number;

  @Field(() => Int, { description: 'Districts of the municipality (those with a population).' })
  expectedDistricts!: number;

  @Field(() => Boolean, { description: 'True when every district reported the period.' })
  complete!: boolean;

  @Field(() => Boolean, { description: 'True when any figure of the period is preliminary.' })
  provisional!: boolean;
}
