import { Arg, Ctx, Query, Resolver } from 'type-graphql';
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
    @Ctx() { services }: SituationContext,
  ): Promise<Series> {
    return services.series.series(indicator, districts, from, to);
  }
}
