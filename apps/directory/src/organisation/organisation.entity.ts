import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationKind } from './organisation-kind';

/** A council member organisation: a committee that owns interventions, or the police. */
@ObjectType({ description: 'A committee (nämnd) or the local police area in the council.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ name: 'organisation' })
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'Short code, unique in the municipality, e.g. "GSN".' })
  @Column({ type: 'text', unique: true })
  code!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => OrganisationKind)
  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind!: OrganisationKind;
}
