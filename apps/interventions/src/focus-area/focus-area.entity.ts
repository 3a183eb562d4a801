import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A problem the council chose to act on (prioriterat område). */
@ObjectType({ description: 'A problem the council chose to act on (prioriterat område).' })
@Entity({ name: 'focus_area' })
// No two focus areas share a rank. Checked at commit, so that a prioritisation may pass through
// duplicates while it reorders within one transaction. TypeORM generates a one-column constraint
// without its deferral: the migration adding it says DEFERRABLE INITIALLY DEFERRED by hand.
@Unique(['priorityRank'], { deferrable: 'INITIALLY DEFERRED' })
export class FocusArea {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'The problem, as the lägesbild shows it.' })
  @Column({ type: 'text' })
  problem!: string;

  @Field(() => String, {
    description: 'Its causes, from the situational, victim and offender perspectives.',
  })
  @Column({ type: 'text' })
  causeAnalysis!: string;

  /** SCB codes of the districts concerned. */
  @Column({ type: 'text', array: true, default: '{}' })
  districtCodes!: string[];

  /** Keys of the indicators that show the problem. */
  @Column({ type: 'text', array: true, default: '{}' })
  indicatorKeys!: string[];

  @Field(() => Int, { description: '1 is the highest priority.' })
  @Column({ type: 'integer' })
  priorityRank!: number;

  @Field(() => String, { description: 'First day of the period it is prioritised for.' })
  @Column({ type: 'date' })
  periodStart!: string;

  @Field(() => String, { description: 'Last day of the period it is prioritised for.' })
  @Column({ type: 'date' })
  periodEnd!: string;

  @Field(() => Int)
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
