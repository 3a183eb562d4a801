import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { InterventionStatus } from '../intervention/intervention-status';
import { Intervention } from '../intervention/intervention.entity';

/** A dated status report on an intervention (uppföljning). */
@ObjectType({ description: 'A dated status report on an intervention (uppföljning).' })
@Entity({ name: 'progress_report' })
export class ProgressReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  interventionId!: string;

  @ManyToOne(() => Intervention, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interventionId' })
  intervention?: Relation<Intervention>;

  @Field(() => String, { description: 'ISO date of the report.' })
  @Column({ type: 'date' })
  reportedOn!: string;

  /** Account name of the author (the `Person` key). */
  @Column({ type: 'text' })
  authorUsername!: string;

  @Field(() => InterventionStatus)
  @Column({ type: 'enum', enum: InterventionStatus, enumName: 'intervention_status' })
  status!: InterventionStatus;

  @Field(() => String)
  @Column({ type: 'text' })
  text!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  nextSteps!: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
