import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ImportFormat {
  CSV = 'CSV',
  KOLADA_JSON = 'KOLADA_JSON',
  /** Generated demo data. */
  DEMO = 'DEMO',
}

registerEnumType(ImportFormat, { name: 'ImportFormat' });

/** One import of observations: who brought which data in, and what it changed. */
@ObjectType({ description: 'An import of indicator data.' })
@Entity({ name: 'data_import' })
export class DataImport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ImportFormat)
  @Column({ type: 'enum', enum: ImportFormat, enumName: 'import_format' })
  format!: ImportFormat;

  @Field(() => String, { description: 'Username of the person who imported.' })
  @Column({ type: 'text' })
  importedBy!: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  importedAt!: Date;

  @Field(() => Int)
  @Column({ type: 'integer' })
  rowCount!: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  inserted!: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  updated!: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  unchanged!: number;

  @Field(() => Boolean, { description: 'True for generated demo figures.' })
  @Column({ type: 'boolean', default: false })
  synthetic!: boolean;
}
