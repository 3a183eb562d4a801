import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SituationContext } from '../situation-context';
import { District } from './district';
import { DistrictPopulation } from './district-population';

/**
 * A district's population, kept here only (as the `population` indicator, which every rate is
 * computed with and which imports update), and given to the directory's `District` through
 * federation, so that what the dashboard shows is what the rates use.
 */
@Resolver(() => District)
export class DistrictPopulationResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Inhabitants in the given year (default: the latest year known); null if unknown. The figure every rate of the district is computed with.',
  })
  async population(
    @Root() district: District,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() { loaders }: SituationContext,
  ): Promise<number | null> {
    const populations = await loaders.populations.load(district.code);
    const row = year == null ? populations.at(-1) : populations.find((p) => p.year === year);
    return row?.population ?? null;
  }

  @FieldResolver(() => [DistrictPopulation], { description: 'Inhabitants per year, oldest first.' })
  populations(
    @Root() district: District,
    @Ctx() { loaders }: SituationContext,
  ): Promise<DistrictPopulation[]> {
    return loaders.populations.load(district.code);
  }
}
