import { Field, ID, ObjectType } from 'type-graphql';
import type { ChangeLogEntry } from './change-log-entry.entity';

/** A change's fields as JSON, as the API gives them. */
export function changedFieldsJson(fields: Record<string, unknown> | null): string | null {
  return fields ? JSON.stringify(fields) : null;
}

/**
 * A change as the public record shows it to everyone signed in: when, what, and the name of who
 * made it, nothing more about them (no account name, no contact details: those are in the change
 * log, for leadership and admins).
 */
@ObjectType({
  description:
    'A change to an intervention as the public record shows it: when, what, and the name of who made it.',
})
export class HistoryEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { description: 'Name of the person, as it was when they made the change.' })
  actorName!: string;

  @Field(() => String, { description: 'Intervention, Milestone or ProgressReport.' })
  entityType!: string;

  @Field(() => String, { description: 'What happened, e.g. "STATUS_CHANGED".' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'The changed fields before, as JSON.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The changed fields after, as JSON.' })
  after!: string | null;
}

export function historyEntry(entry: ChangeLogEntry): HistoryEntry {
  return {
    id: entry.id,
    at: entry.at,
    actorName: entry.actorName,
    entityType: entry.entityType,
    action: entry.action,
    before: changedFieldsJson(entry.before),
    after: changedFieldsJson(entry.after),
  };
}
