import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The file formats an analyst can import. */
export enum ObservationFileFormat {
  /** Columns indicator, district, period, value and optionally numerator, denominator, provisional. */
  CSV = 'CSV',
  /** A Kolada API answer: municipal and national reference figures. */
  KOLADA_JSON = 'KOLADA_JSON',
}

registerEnumType(ObservationFileFormat, { name: 'ObservationFileFormat' });

@ObjectType({ description: 'What is wrong with one row of an import file.' })
export class ImportProblem {
  @Field(() => Int, {
    description:
      'CSV: the line number (the header is line 1). Kolada JSON: the 1-based entry in "values".',
  })
  row!: number;

  @Field(() => String, { description: 'The column or field at fault.' })
  field!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'The outcome of an import or a dry run.' })
export class ImportResult {
  @Field(() => Boolean, {
    description: 'True when the file is valid (and, unless a dry run, imported).',
  })
  ok!: boolean;

  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => Int, { description: 'Data rows read.' })
  rows!: number;

  @Field(() => Int, { description: 'Cells the file adds: none was stored for them.' })
  inserted!: number;

  @Field(() => Int, {
    description:
      'Cells the file gives that are stored already, whether with the same value or another: which of the two is not told, in a dry run or an import, as it would confirm a guess at a hidden figure.',
  })
  existing!: number;

  @Field(() => Int, { description: 'Rows without a value for the total (Kolada), left out.' })
  skipped!: number;

  @Field(() => [ImportProblem], { description: 'Every problem found; nothing is written if any.' })
  problems!: ImportProblem[];

  @Field(() => ID, {
    nullable: true,
    description:
      'The recorded import (every import is recorded); null for a dry run or a refused file.',
  })
  importId!: string | null;
}
