import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The joint safety council (trygghetsråd) of a municipality and its local police area. */
@ObjectType({ description: 'The joint safety council (trygghetsråd).' })
@Entity({ name: 'council' })
export class Council {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'SCB municipality code, e.g. "1980".' })
  @Column({ type: 'text', unique: true })
  municipalityCode!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  municipalityName!: string;

  @Field(() => String, { description: 'The day the council was set up (ISO 8601 date).' })
  @Column({ type: 'date' })
  established!: string;
}
