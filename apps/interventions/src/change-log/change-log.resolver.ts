import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Person, personRef } from '../federated/federated-entities';
import type { InterventionsContext } from '../interventions-context';
import { ChangeLogEntry } from './change-log-entry.entity';
import { ChangeLogFilter, ChangeLogPage } from './change-log.types';
import { changedFieldsJson } from './history-entry.types';

@Resolver(() => ChangeLogEntry)
export class ChangeLogResolver {
  @Authorized('LEADERSHIP', 'ADMIN')
  @Query(() => ChangeLogPage, {
    nullable: true,
    description: 'Every change, newest first. Leadership and admins only.',
  })
  changeLog(
    @Arg('filter', () => ChangeLogFilter, { nullable: true }) filter: ChangeLogFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { services: { changeLog } }: InterventionsContext,
  ): Promise<ChangeLogPage> {
    return changeLog.page(filter ?? {}, first, after);
  }

  @FieldResolver(() => Person, { description: 'Who made the change.' })
  actor(@Root() entry: ChangeLogEntry): Person {
    return personRef(entry.actorUsername);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The changed fields before, as JSON.',
  })
  before(@Root() entry: ChangeLogEntry): string | null {
    return changedFieldsJson(entry.before);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The changed fields after, as JSON.',
  })
  after(@Root() entry: ChangeLogEntry): string | null {
    return changedFieldsJson(entry.after);
  }
}
