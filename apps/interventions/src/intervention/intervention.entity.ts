import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { FocusArea } from '../focus-area/focus-area.entity';
import { InterventionStatus } from './intervention-status';

/** A prioritised measure with an owner, districts, a goal and a time frame (insats). */
@ObjectType({
  description: 'A prioritised measure (insats) with owner, districts, goal and time frame.',
})
@Entity({ name: 'intervention' })
@Index(['title', 'id'])
export class Intervention {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'The problem the intervention addresses.' })
  @Column({ type: 'text' })
  problem!: string;

  @Field(() => String, { description: 'The cause it is aimed at.' })
  @Column({ type: 'text' })
  cause!: string;

  @Field(() => String, { description: 'The measurable goal.' })
  @Column({ type: 'text' })
  goal!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  focusAreaId!: string | null;

  @ManyToOne(() => FocusArea, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'focusAreaId' })
  focusArea?: Relation<FocusArea>;

  /** Code of the owning organisation (a committee or the police). */
  @Index()
  @Column({ type: 'text' })
  ownerCode!: string;

  // GIN indexes for `&&` and `= ANY`, created in the migration (TypeORM makes only B-trees).
  @Index('IDX_intervention_co_owner_codes', { synchronize: false })
  @Column({ type: 'text', array: true, default: '{}' })
  coOwnerCodes!: string[];

  @Index('IDX_intervention_district_codes', { synchronize: false })
  @Column({ type: 'text', array: true, default: '{}' })
  districtCodes!: string[];

  /**
   * Account name of the person who answers for the intervention (the `Person` key), a member of
   * the owning or a co-owning organisation; null while nobody is named.
   */
  @Column({ type: 'text', nullable: true })
  responsibleUsername!: string | null;

  @Field(() => String, { description: 'First day (ISO date).' })
  @Column({ type: 'date' })
  startDate!: string;

  @Field(() => String, { description: 'Last day (ISO date).' })
  @Column({ type: 'date' })
  endDate!: string;

  @Field(() => InterventionStatus)
  @Column({ type: 'enum', enum: InterventionStatus, enumName: 'intervention_status' })
  status!: InterventionStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'The half-year of the published citizen promise (medborgarlöfte) it is part of, e.g. "2026-H1".',
  })
  @Column({ type: 'text', nullable: true })
  citizenPromise!: string | null;

  @Field(() => Int, { description: 'Increases with every change; send it back to update.' })
  @VersionColumn()
  version!: number;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
