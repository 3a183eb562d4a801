import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { District, districtRef, Indicator, indicatorRef } from '../federated/federated-entities';
import { Intervention } from '../intervention/intervention.entity';
import type { InterventionsContext } from '../interventions-context';
import { FocusArea } from './focus-area.entity';
import { CreateFocusAreaInput, UpdateFocusAreaInput } from './focus-area.types';

@Resolver(() => FocusArea)
export class FocusAreaResolver {
  @Query(() => [FocusArea], {
    nullable: true,
    description: 'The council’s prioritised problems, most important first.',
  })
  focusAreas(@Ctx() { services: { focusAreas } }: InterventionsContext): Promise<FocusArea[]> {
    return focusAreas.findAll();
  }

  @FieldResolver(() => [District])
  districts(@Root() focusArea: FocusArea): District[] {
    return focusArea.districtCodes.map(districtRef);
  }

  @FieldResolver(() => [Indicator], { description: 'The indicators that show the problem.' })
  indicators(@Root() focusArea: FocusArea): Indicator[] {
    return focusArea.indicatorKeys.map(indicatorRef);
  }

  @FieldResolver(() => [Intervention])
  async interventions(
    @Root() focusArea: FocusArea,
    @Ctx() { services: { queries } }: InterventionsContext,
  ): Promise<Intervention[]> {
    const page = await queries.list({ focusArea: focusArea.id }, 100, null);
    return page.edges.map((edge) => edge.node);
  }

  @Authorized('LEADERSHIP')
  @Mutation(() => FocusArea, {
    description: 'Only leadership adds focus areas; it goes last in priority.',
  })
  createFocusArea(
    @Arg('input', () => CreateFocusAreaInput) input: CreateFocusAreaInput,
    @Ctx() { services: { focusAreas }, principal }: InterventionsContext,
  ): Promise<FocusArea> {
    return focusAreas.create(input, principal);
  }

  @Authorized('LEADERSHIP')
  @Mutation(() => FocusArea, {
    description:
      'Only leadership changes focus areas. Changes the fields given; a stale expectedVersion gets CONFLICT with the current version.',
  })
  updateFocusArea(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => UpdateFocusAreaInput) input: UpdateFocusAreaInput,
    @Ctx() { services: { focusAreas }, principal }: InterventionsContext,
  ): Promise<FocusArea> {
    return focusAreas.update(id, expectedVersion, input, principal);
  }

  @Authorized('LEADERSHIP')
  @Mutation(() => [FocusArea], {
    description:
      'Sets the priority order: every focus area id once, most important first. expectedOrder is the order the caller saw; if it is no longer the current one, the answer is CONFLICT with currentOrder.',
  })
  prioritiseFocusAreas(
    @Arg('order', () => [ID]) order: string[],
    @Arg('expectedOrder', () => [ID]) expectedOrder: string[],
    @Ctx() { services: { focusAreas }, principal }: InterventionsContext,
  ): Promise<FocusArea[]> {
    return focusAreas.prioritise(order, expectedOrder, principal);
  }
}
