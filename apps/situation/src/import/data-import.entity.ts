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

  /** Cells whose value the import changed (not published: see `existing`). */
  @Column({ type: 'integer' })
  updated!: number;

  /** Cells the import gave with the value already stored (not published: see `existing`). */
  @Column({ type: 'integer' })
  unchanged!: number;

  @Field(() => Int, {
    description:
      'Cells that were stored already, whether the file gave them the same value or another: which of the two is not told, as it would give a hidden value away.',
  })
  get existing(): number {
    return this.updated + this.unchanged;
  }

  @Field(() => Boolean, { description: 'True for generated demo figures.' })
  @Column({ type: 'boolean', default: false })
  synthetic!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When the import was undone (its figures put back as they were), if it was.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  undoneAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Username of the person who undid it.' })
  @Column({ type: 'text', nullable: true })
  undoneBy!: string | null;
}
