import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { FollowUpProgress } from './follow-up.types';

/**
 * The interventions subgraph's follow-up indicator, extended here with its progress. The gateway
 * sends the external fields with each representation, so the progress needs no call back.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class FollowUpIndicator {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  @Field(() => String)
  indicatorKey!: string;

  @Directive('@external')
  @Field(() => [String])
  districtCodes!: string[];

  @Directive('@external')
  @Field(() => String)
  startDate!: string;

  @Directive('@external')
  @Field(() => Float, { nullable: true })
  baseline!: number | null;

  @Directive('@external')
  @Field(() => Float)
  target!: number;

  @Directive('@requires(fields: "indicatorKey districtCodes startDate baseline target")')
  @Field(() => FollowUpProgress, {
    description:
      'The baseline and latest year in the target districts beside the rest of the municipality (difference in differences), the movement toward the target, and the verdict.',
  })
  progress!: FollowUpProgress;
}
