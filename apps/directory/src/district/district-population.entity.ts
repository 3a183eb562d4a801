import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { District } from './district.entity';

/** The number of inhabitants of a district at the end of a year. */
@ObjectType({ description: 'Inhabitants of a district in a year.' })
@Entity({ name: 'district_population' })
export class DistrictPopulation {
  @PrimaryColumn({ type: 'uuid' })
  districtId!: string;

  @ManyToOne(() => District, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'districtId' })
  district?: Relation<District>;

  @Field(() => Int)
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  population!: number;
}
