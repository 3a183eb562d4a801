import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change, written in the same transaction as the change itself. The table accepts inserts
 * only: a trigger refuses updates and deletes, and the API offers no way to change it.
 */
@ObjectType({
  description: 'A change to an intervention, focus area or action plan: who, when, what.',
})
@Entity({ name: 'change_log' })
@Index(['entityType', 'entityId'])
export class ChangeLogEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Field(() => Date)
  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  /** Account name of the person who made the change (the `Person` key). */
  @Index()
  @Column({ type: 'text' })
  actorUsername!: string;

  @Field(() => String, { description: 'Name of the person, as it was when they made the change.' })
  @Column({ type: 'text' })
  actorName!: string;

  @Field(() => String, {
    description: 'Intervention, FocusArea, Milestone, ProgressReport or ActionPlan.',
  })
  @Column({ type: 'text' })
  entityType!: string;

  @Field(() => ID)
  @Column({ type: 'text' })
  entityId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The intervention the change belongs to, if any.',
  })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  interventionId!: string | null;

  /** The intervention's version this change made (null for older entries and other entities). */
  @Column({ type: 'int', nullable: true })
  version!: number | null;

  @Field(() => String, { description: 'What happened, e.g. "STATUS_CHANGED".' })
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
