import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A geographic area of the municipality: an SCB RegSO statistical area. */
@ObjectType({ description: 'A district (stadsdel/område): an SCB statistical area.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ name: 'district' })
export class District {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'SCB RegSO code, e.g. "1980R001".' })
  @Column({ type: 'text', unique: true })
  code!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'SCB municipality code.' })
  @Column({ type: 'text' })
  municipalityCode!: string;

  /** GeoJSON Polygon or MultiPolygon in WGS 84, when boundaries have been loaded. */
  @Column({ type: 'jsonb', nullable: true })
  boundary!: object | null;
}
