import { Directive, Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Organisation } from '../organisation/organisation.entity';
import { AccessRole, CouncilRole } from './council-role';

/** Someone who takes part in the council's work; some of them sign in. */
@ObjectType({ description: 'A person in the council, a member organisation or its staff.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "username")')
@Entity({ name: 'person' })
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'Account name: the subject of the person’s tokens.' })
  @Column({ type: 'text', unique: true })
  username!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Position, e.g. "Ordförande, grundskolenämnden".' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  email!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Relation<Organisation>;

  @Field(() => [CouncilRole])
  @Column({ type: 'enum', enum: CouncilRole, enumName: 'council_role', array: true, default: '{}' })
  councilRoles!: CouncilRole[];

  @Field(() => [AccessRole])
  @Column({ type: 'enum', enum: AccessRole, enumName: 'access_role', array: true, default: '{}' })
  accessRoles!: AccessRole[];
}
