import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { InterventionsContext } from '../interventions-context';
import { CitedFigure } from './action-plan.types';

/** A cited figure's number, read as published now: a plan holds only the reference. */
@Resolver(() => CitedFigure)
export class CitedFigureResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'The municipal figure of the cited period as it is published now (revised if the data ' +
      'were); null when it is withheld or missing. Plans keep the reference, not the number, so ' +
      'that two versions never differ by a revised hidden district figure.',
  })
  async value(
    @Root() figure: CitedFigure,
    @Ctx() { loaders }: InterventionsContext,
  ): Promise<number | null> {
    if (!figure.period) return null;
    const now = await loaders.citedFigure.load({
      indicatorKey: figure.indicatorKey,
      period: figure.period,
    });
    return now?.value ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The trend assessment of the cited period, as published now.',
  })
  async trend(
    @Root() figure: CitedFigure,
    @Ctx() { loaders }: InterventionsContext,
  ): Promise<string | null> {
    if (!figure.period) return null;
    const now = await loaders.citedFigure.load({
      indicatorKey: figure.indicatorKey,
      period: figure.period,
    });
    return now?.trend ?? null;
  }
}
