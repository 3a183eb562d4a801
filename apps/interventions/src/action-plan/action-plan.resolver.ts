import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Person, personRef } from '../federated/federated-entities';
import type { InterventionsContext } from '../interventions-context';
import { ActionPlan } from './action-plan.entity';
import {
  ActionPlanComparison,
  CitedFigure,
  PlannedFocusArea,
  PlannedIntervention,
} from './action-plan.types';

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @Query(() => [ActionPlan], {
    nullable: true,
    description: 'Every published action plan, newest first.',
  })
  actionPlans(@Ctx() { services: { actionPlans } }: InterventionsContext): Promise<ActionPlan[]> {
    return actionPlans.list();
  }

  @Query(() => ActionPlan, { nullable: true })
  actionPlan(
    @Arg('version', () => Int) version: number,
    @Ctx() { services: { actionPlans } }: InterventionsContext,
  ): Promise<ActionPlan> {
    return actionPlans.byVersion(version);
  }

  @Query(() => ActionPlanComparison, {
    nullable: true,
    description: 'What was added, removed and changed between two versions.',
  })
  compareActionPlans(
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
    @Ctx() { services: { actionPlans } }: InterventionsContext,
  ): Promise<ActionPlanComparison> {
    return actionPlans.compare(from, to);
  }

  @Authorized('LEADERSHIP')
  @Mutation(() => ActionPlan, {
    description:
      'Publishes the focus areas and interventions as decided, as the next immutable version.',
  })
  publishActionPlan(
    @Arg('title', () => String) title: string,
    @Arg('period', () => String) period: string,
    @Ctx() { services: { actionPlans }, principal }: InterventionsContext,
  ): Promise<ActionPlan> {
    return actionPlans.publish(title, period, principal);
  }

  @FieldResolver(() => Person)
  publishedBy(@Root() plan: ActionPlan): Person {
    return personRef(plan.publishedBy);
  }

  @FieldResolver(() => [PlannedFocusArea])
  focusAreas(@Root() plan: ActionPlan): PlannedFocusArea[] {
    return plan.snapshot.focusAreas;
  }

  @FieldResolver(() => [PlannedIntervention])
  interventions(@Root() plan: ActionPlan): PlannedIntervention[] {
    return plan.snapshot.interventions;
  }

  @FieldResolver(() => [CitedFigure])
  indicatorFigures(@Root() plan: ActionPlan): CitedFigure[] {
    return plan.snapshot.indicatorFigures;
  }
}
