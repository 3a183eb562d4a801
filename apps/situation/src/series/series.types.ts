import { Field, Float, Int, ObjectType } from 'type-graphql';
import { District } from '../district/district';
import { Indicator } from '../indicator/indicator.entity';
import { IndicatorFrequency } from '../indicator/indicator-enums';

@ObjectType({ description: 'One period of a time series.' })
export class SeriesPoint {
  @Field(() => String)
  period!: string;

  @Field(() => Float, { nullable: true, description: 'As reported; null when suppressed.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Normalised; null when suppressed.' })
  rate!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => Boolean)
  provisional!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Municipal series: districts that reported the period (a quarter or year: all its parts); null elsewhere.',
  })
  reportedDistricts!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Municipal series: districts of the municipality; a period fewer reported has no municipal figure. Null elsewhere.',
  })
  expectedDistricts!: number | null;
}

@ObjectType()
export class DistrictSeries {
  @Field(() => District)
  district!: District;

  @Field(() => [SeriesPoint])
  points!: SeriesPoint[];
}

@ObjectType({ description: 'A municipal or national figure from an outside source, e.g. Kolada.' })
export class ReferenceSeries {
  @Field(() => String, { description: 'SCB municipality code, or "0000" for Sweden.' })
  areaCode!: string;

  @Field(() => [SeriesPoint])
  points!: SeriesPoint[];
}

@ObjectType({ description: 'An indicator over time, per district and for the municipality.' })
export class Series {
  @Field(() => Indicator)
  indicator!: Indicator;

  @Field(() => IndicatorFrequency, {
    description: "The periods of the points: the granularity asked for, or the indicator's own.",
  })
  granularity!: IndicatorFrequency;

  @Field(() => String, { description: 'Unit of the rates for these periods.' })
  rateUnit!: string;

  @Field(() => Boolean, { description: 'True when any figure comes from generated demo data.' })
  synthetic!: boolean;

  @Field(() => [SeriesPoint], { description: 'The population-weighted municipal series.' })
  municipal!: SeriesPoint[];

  @Field(() => [DistrictSeries])
  districts!: DistrictSeries[];

  @Field(() => [ReferenceSeries], { description: 'Reference lines imported from Kolada.' })
  references!: ReferenceSeries[];
}
