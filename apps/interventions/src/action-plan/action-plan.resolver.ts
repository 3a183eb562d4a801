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
  ActionPlanDraft,
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

  @Query(() => ActionPlanDraft, {
    nullable: true,
    description: 'What publishing the action plan now would freeze, to look at first.',
  })
  async actionPlanDraft(
    @Ctx() { services: { actionPlans } }: InterventionsContext,
  ): Promise<ActionPlanDraft> {
    const { snapshot, fingerprint } = await actionPlans.draft();
    return { ...snapshot, fingerprint };
  }

  @Authorized('LEADERSHIP')
  @Mutation(() => ActionPlan, {
    description:
      'Publishes the focus areas and interventions as decided, as the next immutable version. With expectedDraft (the fingerprint of the previewed draft), refuses with CONFLICT if they have changed since the preview.',
  })
  publishActionPlan(
    @Arg('title', () => String) title: string,
    @Arg('period', () => String) period: string,
    @Arg('expectedDraft', () => String, { nullable: true }) expectedDraft: string | null,
    @Ctx() { services: { actionPlans }, principal }: InterventionsContext,
  ): Promise<ActionPlan> {
    return actionPlans.publish(title, period, expectedDraft ?? null, principal);
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
