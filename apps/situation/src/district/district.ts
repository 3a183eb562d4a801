import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * The directory's `District`, extended here with its situation figures. The gateway fetches
 * the name and other fields from the directory subgraph by `code`.
 */
@ObjectType()
@Directive('@key(fields: "code")')
export class District {
  @Field(() => String, { description: 'SCB RegSO code, e.g. "1980R001".' })
  code!: string;
}

export const districtRef = (code: string): District => ({ code });
