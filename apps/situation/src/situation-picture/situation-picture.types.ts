import { Field, Float, Int, ObjectType } from 'type-graphql';
import { District } from '../district/district';
import { Indicator } from '../indicator/indicator.entity';
import { TrendAssessment, TrendDirection } from '../statistics/trend';

@ObjectType({ description: 'Whether a series moves more than noise would, and which way.' })
export class Trend {
  @Field(() => TrendDirection)
  direction!: TrendDirection;

  @Field(() => Boolean, { description: 'True when p < 0.05 in the two-sided test.' })
  significant!: boolean;

  @Field(() => Float)
  pValue!: number;

  @Field(() => Float, { description: "Sen's slope: change of the rate per year." })
  slopePerYear!: number;

  @Field(() => TrendAssessment)
  assessment!: TrendAssessment;

  @Field(() => String, { description: 'The test used, named and with its significance level.' })
  method!: string;

  @Field(() => Int, { description: 'Number of periods the test used.' })
  periods!: number;
}

@ObjectType({ description: 'One district × indicator of the situation picture.' })
export class SituationCell {
  @Field(() => District)
  district!: District;

  @Field(() => Indicator)
  indicator!: Indicator;

  @Field(() => String, { description: "The period of this cell, in the indicator's frequency." })
  period!: string;

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

  @Field(() => Boolean, { description: 'True when the count is too small to publish.' })
  suppressed!: boolean;

  @Field(() => Boolean, { description: 'True for preliminary figures.' })
  provisional!: boolean;

  @Field(() => Float, { nullable: true, description: 'The municipal figure for the same period.' })
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

  @Field(() => String)
  period!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;

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
