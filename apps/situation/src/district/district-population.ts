import { Field, Int, ObjectType } from 'type-graphql';

/** The number of inhabitants of a district in a year: the `population` indicator's figure. */
@ObjectType({ description: 'Inhabitants of a district in a year.' })
export class DistrictPopulation {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  population!: number;
}
