import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { IndicatorFrequency } from '../indicator/indicator-enums';
import type { SituationContext } from '../situation-context';
import { Series } from './series.types';

@Resolver()
export class SeriesResolver {
  @Query(() => Series, {
    nullable: true,
    description: 'An indicator over time per district, with the municipal series.',
  })
  series(
    @Arg('indicator', () => String) indicator: string,
    @Arg('districts', () => [String], {
      nullable: true,
      description: 'District codes; default all.',
    })
    districts: string[] | null,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Arg('granularity', () => IndicatorFrequency, {
      nullable: true,
      description:
        "Quarters or years of an indicator measured more often: totals of counts, pooled shares, means of values as is; a quarter or year is published only when all of its months or quarters are. Default, and for an indicator measured as seldom or less often: the indicator's own periods.",
    })
    granularity: IndicatorFrequency | null,
    @Ctx() { services }: SituationContext,
  ): Promise<Series> {
    return services.series.series(indicator, districts, from, to, granularity);
  }
}
