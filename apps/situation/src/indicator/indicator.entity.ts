import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import {
  IndicatorCategory,
  IndicatorDirection,
  IndicatorFrequency,
  Normalisation,
} from './indicator-enums';

/** A measured quantity of the situation picture (indikator/nyckeltal). */
@ObjectType({ description: 'A measured quantity of the situation picture (indikator).' })
@Directive('@key(fields: "key")')
@Entity({ name: 'indicator' })
export class Indicator {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'Stable identifier, e.g. "crime_violence".' })
  @Column({ type: 'text', unique: true })
  key!: string;

  @Field(() => String, { description: 'Name in Swedish.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Column({ type: 'text' })
  nameEn!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'Unit of the rate, e.g. "per 1 000 invånare och kvartal".' })
  @Column({ type: 'text' })
  unit!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  source!: string;

  @Field(() => IndicatorCategory)
  @Column({ type: 'enum', enum: IndicatorCategory, enumName: 'indicator_category' })
  category!: IndicatorCategory;

  @Field(() => IndicatorFrequency)
  @Column({ type: 'enum', enum: IndicatorFrequency, enumName: 'indicator_frequency' })
  frequency!: IndicatorFrequency;

  @Field(() => IndicatorDirection)
  @Column({ type: 'enum', enum: IndicatorDirection, enumName: 'indicator_direction' })
  direction!: IndicatorDirection;

  @Field(() => Normalisation)
  @Column({ type: 'enum', enum: Normalisation, enumName: 'normalisation' })
  normalisation!: Normalisation;

  @Field(() => Float, { nullable: true, description: 'Target, in the unit of the rate.' })
  @Column({ type: 'double precision', nullable: true })
  target!: number | null;

  @Field(() => Int, {
    description: 'District counts below this are never published (default 5).',
  })
  @Column({ type: 'integer', default: 5 })
  suppressionThreshold!: number;

  @Field(() => String, { nullable: true, description: 'Kolada KPI giving the reference line.' })
  @Column({ type: 'text', nullable: true })
  koladaKpi!: string | null;

  /** Multiplies a Kolada value into this indicator's unit. */
  @Column({ type: 'double precision', nullable: true })
  koladaFactor!: number | null;
}
