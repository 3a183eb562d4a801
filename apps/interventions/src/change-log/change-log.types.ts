import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ChangeLogEntry } from './change-log-entry.entity';

@InputType({ description: 'Every criterion given must hold.' })
export class ChangeLogFilter {
  @Field(() => String, { nullable: true, description: 'Intervention, FocusArea, ActionPlan, …' })
  entity?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Account name of the person who made the change.',
  })
  person?: string | null;

  @Field(() => String, { nullable: true, description: 'From this day (ISO date), inclusive.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this day (ISO date), inclusive.' })
  to?: string | null;
}

@ObjectType({ description: 'A page of the change log, newest first.' })
export class ChangeLogPage {
  @Field(() => [ChangeLogEntry])
  entries!: ChangeLogEntry[];

  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field(() => Int)
  totalCount!: number;
}
