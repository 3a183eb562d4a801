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
import { Intervention } from '../intervention/intervention.entity';

/** A dated step of an intervention (delmål/aktivitet). */
@ObjectType({ description: 'A dated step of an intervention (delmål).' })
@Entity({ name: 'milestone' })
export class Milestone {
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
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'ISO date.' })
  @Column({ type: 'date' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: 'ISO date; null while not done.' })
  @Column({ type: 'date', nullable: true })
  doneDate!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
