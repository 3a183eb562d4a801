import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ActionPlanSnapshot } from './action-plan-snapshot';

/**
 * A published action plan (åtgärdsplan): an immutable, numbered snapshot of the focus areas and
 * interventions as decided, with the indicator figures they cite. A public record: never changed.
 */
@ObjectType({
  description: 'A published action plan (åtgärdsplan): an immutable, numbered snapshot.',
})
@Entity({ name: 'action_plan' })
export class ActionPlan {
  @Field(() => Int, { description: '1 for the first plan published, then 2, 3, …' })
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'The period the plan covers, e.g. "2025–2026".' })
  @Column({ type: 'text' })
  period!: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt!: Date;

  /** Account name of the person who published it. */
  @Column({ type: 'text' })
  publishedBy!: string;

  @Column({ type: 'jsonb' })
  snapshot!: ActionPlanSnapshot;
}
