import { Arg, Ctx, Query, Resolver } from 'type-graphql';
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
        'A month (2026-03), quarter (2026-Q1) or year (2026); each indicator shows its latest period ending within it.',
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
}
