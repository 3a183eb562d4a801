import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { IndicatorFrequency } from '../indicator/indicator-enums';
import { PeriodCoverage } from '../period/period-coverage.types';
import type { SituationContext } from '../situation-context';
import { SituationPicture } from './situation-picture.types';

@Resolver()
export class SituationPictureResolver {
  @Query(() => SituationPicture, {
    nullable: true,
    description:
      'Every district × indicator for a period (default: each indicator’s latest final period), with municipal figures, changes, trends and disclosure control.',
  })
  situationPicture(
    @Arg('period', () => String, {
      nullable: true,
      description:
        'A month (2026-03), quarter (2026-Q1) or year (2026): an indicator measured more often shows that period (a year of a monthly indicator is the total, or the pooled share, of its months), one measured less often its latest period ending within it. A period wholly before the first or after the last data is refused.',
    })
    period: string | null,
    @Arg('indicators', () => [String], {
      nullable: true,
      description: 'Indicator keys; default all but population.',
    })
    indicators: string[] | null,
    @Ctx() { loaders }: SituationContext,
  ): Promise<SituationPicture> {
    return loaders.picture.load({ period, indicators });
  }

  @Query(() => [PeriodCoverage], {
    description:
      'The months, quarters or years the data covers, oldest first, each with how many districts reported it (for a period picker).',
  })
  situationPeriods(
    @Arg('granularity', () => IndicatorFrequency) granularity: IndicatorFrequency,
    @Arg('indicators', () => [String], {
      nullable: true,
      description:
        'Indicator keys; default all but population. Indicators measured less often than the granularity are left out.',
    })
    indicators: string[] | null,
    @Ctx() { services }: SituationContext,
  ): Promise<PeriodCoverage[]> {
    return services.pictures.periods(granularity, indicators);
  }
}
