import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SituationCell } from '../situation-picture/situation-picture.types';
import type { SituationContext } from '../situation-context';
import { District } from './district';

@Resolver(() => District)
export class DistrictSituationResolver {
  @FieldResolver(() => [SituationCell], {
    description: "This district's row of the situation picture: every indicator for the period.",
  })
  async situation(
    @Root() district: District,
    @Arg('period', () => String, { nullable: true }) period: string | null,
    @Ctx() { loaders }: SituationContext,
  ): Promise<SituationCell[]> {
    const picture = await loaders.picture.load({ period, indicators: null });
    return picture.cells.filter((cell) => cell.district.code === district.code);
  }
}
