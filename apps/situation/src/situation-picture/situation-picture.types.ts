import { Field, Float, Int, ObjectType } from 'type-graphql';
import { District } from '../district/district';
import { Indicator } from '../indicator/indicator.entity';
import { TrendAssessment, TrendDirection } from '../statistics/trend';

@ObjectType({
  description:
    'Whether a series moves more than noise would, and which way. No field of a trend, in any ' +
    'window, depends on a hidden count: it is computed from the published figures, with a count ' +
    'hidden for being below the threshold entering as a censored value (see hiddenPeriods).',
})
export class Trend {
  @Field(() => TrendDirection)
  direction!: TrendDirection;

  @Field(() => Boolean, { description: 'True when p < 0.05 in the two-sided test.' })
  significant!: boolean;

  @Field(() => Float, {
    description: 'Two-sided p-value of "no monotonic trend", from the published periods.',
  })
  pValue!: number;

  @Field(() => Float, {
    description: "Sen's slope: change of the rate per year, from the published periods.",
  })
  slopePerYear!: number;

  @Field(() => TrendAssessment)
  assessment!: TrendAssessment;

  @Field(() => String, { description: 'The test used, named and with its significance level.' })
  method!: string;

  @Field(() => Int, { description: 'Number of periods the test used.' })
  periods!: number;

  @Field(() => Int, {
    description:
      'Periods of the window whose figure is hidden (disclosure control). For counts, a period ' +
      'hidden for being below the threshold enters the test as "below the threshold": tied with ' +
      'the other such periods, below every published figure, at half the threshold for the ' +
      'slope. A period hidden to protect another cell is left out. The more hidden periods, the ' +
      'rougher the slope.',
  })
  hiddenPeriods!: number;
}

@ObjectType({ description: 'One district × indicator of the situation picture.' })
export class SituationCell {
  @Field(() => District)
  district!: District;

  @Field(() => Indicator)
  indicator!: Indicator;

  @Field(() => String, {
    description:
      "The period this cell shows: the one asked for when the indicator is measured more often (a year or quarter of a monthly indicator: the total of its months for counts, numerators over denominators for shares, the mean for values as is), else the indicator's latest period ending within it.",
  })
  period!: string;

  @Field(() => String, {
    description:
      'Unit of the rate for this period, e.g. "per 1 000 invånare och år" for a year of a monthly count.',
  })
  rateUnit!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'As reported; null when suppressed or missing.',
  })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Normalised; null when suppressed or missing.',
  })
  rate!: number | null;

  @Field(() => Boolean, {
    description:
      'True when the count is too small to publish; a quarter or year also when any of its months or quarters is.',
  })
  suppressed!: boolean;

  @Field(() => Boolean, { description: 'True for preliminary figures.' })
  provisional!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'The municipal figure for the same period; null when withheld or when not every district has reported it.',
  })
  municipalValue!: number | null;

  @Field(() => Float, { nullable: true, description: 'Rate minus the municipal figure.' })
  deviation!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Rate relative to the municipal figure, in per cent (+25 = a quarter higher).',
  })
  deviationPercent!: number | null;

  @Field(() => Float, { nullable: true, description: 'Rate minus the previous period’s rate.' })
  changeFromPrevious!: number | null;

  @Field(() => Float, { nullable: true, description: 'Rate minus the rate a year earlier.' })
  changeFromYearEarlier!: number | null;

  @Field(() => Trend, { nullable: true, description: 'Over the last periods; null when too few.' })
  trend!: Trend | null;

  @Field(() => Float, { nullable: true, description: 'Rate minus the target, if one is set.' })
  targetGap!: number | null;
}

@ObjectType({ description: 'The municipal figure of an indicator for a period.' })
export class MunicipalFigure {
  @Field(() => Indicator)
  indicator!: Indicator;

  @Field(() => String, { description: 'The period shown, as in the cells.' })
  period!: string;

  @Field(() => String, { description: 'Unit of the value for this period.' })
  rateUnit!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Null when withheld or when the period is incomplete.',
  })
  value!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => Int, {
    description:
      'Districts that reported the period (for a quarter or year: every month or quarter of it).',
  })
  reportedDistricts!: number;

  @Field(() => Int, { description: 'Districts of the municipality (those with a population).' })
  expectedDistricts!: number;

  @Field(() => Boolean, {
    description:
      'True when every district reported the period; an incomplete period has no municipal figure and no comparison with it.',
  })
  complete!: boolean;

  @Field(() => Float, { nullable: true })
  changeFromPrevious!: number | null;

  @Field(() => Float, { nullable: true })
  changeFromYearEarlier!: number | null;

  @Field(() => Trend, { nullable: true })
  trend!: Trend | null;

  @Field(() => Float, { nullable: true })
  targetGap!: number | null;
}

@ObjectType({
  description: 'The situation picture (lägesbild): indicators per district for a period.',
})
export class SituationPicture {
  @Field(() => String, {
    nullable: true,
    description: 'The period asked for; null for the latest.',
  })
  period!: string | null;

  @Field(() => Boolean, { description: 'True when any figure comes from generated demo data.' })
  synthetic!: boolean;

  @Field(() => [SituationCell])
  cells!: SituationCell[];

  @Field(() => [MunicipalFigure])
  municipal!: MunicipalFigure[];
}
