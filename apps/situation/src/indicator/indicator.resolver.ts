import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { MunicipalFigure } from '../situation-picture/situation-picture.types';
import type { SituationContext } from '../situation-context';
import { Indicator } from './indicator.entity';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], {
    nullable: true,
    description: 'Every indicator of the situation picture.',
  })
  indicators(@Ctx() { services }: SituationContext): Promise<Indicator[]> {
    return services.indicators.findAll();
  }

  @Query(() => Indicator, { nullable: true })
  indicator(
    @Arg('key', () => String) key: string,
    @Ctx() { services }: SituationContext,
  ): Promise<Indicator> {
    return services.indicators.findByKey(key);
  }

  @FieldResolver(() => MunicipalFigure, {
    nullable: true,
    description:
      'The municipal figure for the latest final period (or within `period`), with its trend.',
  })
  async municipalFigure(
    @Root() indicator: Indicator,
    @Arg('period', () => String, { nullable: true }) period: string | null,
    @Ctx() { loaders }: SituationContext,
  ): Promise<MunicipalFigure | null> {
    const picture = await loaders.picture.load({ period, indicators: null });
    return picture.municipal.find((figure) => figure.indicator.id === indicator.id) ?? null;
  }
}
