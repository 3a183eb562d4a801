import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What is wrong with one feature of a boundary file.' })
export class BoundaryProblem {
  @Field(() => Int, { description: 'The feature’s place in the file, from 1.' })
  feature!: number;

  @Field(() => String, { nullable: true, description: 'The district code the feature names.' })
  code!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'The outcome of loading district boundaries (or of a dry run).' })
export class BoundaryImportResult {
  @Field(() => Boolean, {
    description: 'True when every feature is valid (and, unless a dry run, stored).',
  })
  ok!: boolean;

  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => String, {
    description: 'SWEREF_99_TM or WGS_84: the reference system the file was read in.',
  })
  referenceSystem!: string;

  @Field(() => Int, { description: 'Districts given a boundary.' })
  districts!: number;

  @Field(() => [String], { description: 'Districts the file has no boundary for.' })
  missing!: string[];

  @Field(() => [BoundaryProblem])
  problems!: BoundaryProblem[];
}
