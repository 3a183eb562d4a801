import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Intervention } from '../intervention/intervention.entity';

/**
 * An indicator an intervention is meant to move, with its baseline and target. The situation
 * subgraph adds `progress` to this entity, computed from its own data with the fields below.
 */
@ObjectType({
  description: 'An indicator an intervention is meant to move, with baseline and target.',
})
@Directive('@key(fields: "id")')
@Entity({ name: 'follow_up_indicator' })
export class FollowUpIndicator {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  interventionId!: string;

  @ManyToOne(() => Intervention, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interventionId' })
  intervention?: Relation<Intervention>;

  @Field(() => String)
  @Index()
  @Column({ type: 'text' })
  indicatorKey!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The baseline the council states, in the indicator’s unit; null: measured.',
  })
  @Column({ type: 'double precision', nullable: true })
  baseline!: number | null;

  @Field(() => Float, { description: 'The target, in the indicator’s unit.' })
  @Column({ type: 'double precision' })
  target!: number;

  /** The intervention's districts and start, copied when they change, for the situation subgraph. */
  @Field(() => [String], { description: 'The intervention’s target districts (SCB codes).' })
  @Column({ type: 'text', array: true, default: '{}' })
  districtCodes!: string[];

  @Field(() => String, { description: 'The intervention’s start (ISO date).' })
  @Column({ type: 'date' })
  startDate!: string;
}
