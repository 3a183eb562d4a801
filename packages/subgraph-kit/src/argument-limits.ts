import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { InvalidInputError } from './domain-errors';

/*
 * How arguments are checked before any resolver runs, in one place for every subgraph.
 *
 * The limits follow from what a field means (a title is short, a problem statement long), and the
 * same names mean the same things in every subgraph; so one table, keyed by argument or input field
 * name, is walked against the GraphQL types of each field's arguments, nested input objects and
 * lists included. A new argument is bounded the moment it exists (short text unless listed), and
 * nothing reaches the database unchecked. type-graphql's own validation (class-validator) was the
 * other choice; it checks only class-typed arguments, so the many plain `@Arg('search')`,
 * `@Arg('period')` strings would need wrapping one by one, and the services' checks (`checkText`)
 * run after some of their reads. What a value must look like beyond its size (a period, a date,
 * markup) stays with the domain, which throws `InvalidInputError`s as before.
 */

/** Names, titles, codes, keys, search terms: any text argument not listed below. */
export const SHORT_TEXT = 200;
/** Problem statements, descriptions, progress reports. */
export const LONG_TEXT = 10_000;
/** Items in any list argument not listed below. */
export const LIST_ITEMS = 100;

/** By `Type.name` (an input field or a field's argument) or, for all that share it, by name. */
const TEXT_LIMITS: Record<string, number> = {
  description: LONG_TEXT,
  problem: LONG_TEXT,
  cause: LONG_TEXT,
  causeAnalysis: 2 * LONG_TEXT,
  goal: LONG_TEXT,
  text: LONG_TEXT,
  nextSteps: LONG_TEXT,
  'MilestoneInput.title': 500,
  // A page cursor: an encoded title (up to 200 characters, 3 bytes each in UTF-8) and an id.
  after: 1_000,
  // Files: bounded by the request body limit (16 MB), checked row by row by the import.
  content: Number.POSITIVE_INFINITY,
  geojson: Number.POSITIVE_INFINITY,
};

const LIST_LIMITS: Record<string, number> = {
  // The gateway asks for every entity of one answer at once: a page of 100 interventions
  // refers to many people, districts and indicators.
  representations: 10_000,
};

/** `ID` arguments that are not UUIDs: a change-log entry names an action plan by its version. */
const NON_UUID_IDS = new Set(['ChangeLogFilter.entityId']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Quotes what the caller sent, cut short: an error never echoes a huge input back. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** Every id this API gives out is a UUID; anything else is refused before it reaches a uuid column. */
export function checkUuid(field: string, value: string): void {
  if (!UUID.test(value)) {
    throw new InvalidInputError(field, `${field} ${quoted(value)} is not an id (a UUID).`);
  }
}

/** The UUID a representation's key field holds, for a reference resolver that looks it up in a uuid column. */
export function uuidKey(reference: Record<string, unknown>, field = 'id'): string {
  const value = reference[field];
  if (typeof value !== 'string') {
    throw new InvalidInputError(field, `${field} must be an id (a UUID string).`);
  }
  checkUuid(field, value);
  return value;
}

/** Refuses a value of `type` at `path` that is longer, or has more items, than allowed. */
function checkValue(
  path: string,
  name: string,
  owner: string,
  type: GraphQLInputType,
  value: unknown,
): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return;
    const limit = LIST_LIMITS[name] ?? LIST_ITEMS;
    if (value.length > limit) {
      throw new InvalidInputError(
        path,
        `${path} has ${value.length} items; at most ${limit} are allowed.`,
      );
    }
    value.forEach((item, index) =>
      checkValue(`${path}[${index}]`, name, owner, nullable.ofType as GraphQLInputType, item),
    );
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return;
    const fields = nullable.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (field) checkValue(`${path}.${key}`, key, nullable.name, field.type, item);
    }
    return;
  }
  if (typeof value !== 'string') return;
  const limit = TEXT_LIMITS[`${owner}.${name}`] ?? TEXT_LIMITS[name] ?? SHORT_TEXT;
  if (value.length > limit) {
    throw new InvalidInputError(
      path,
      `${path} is ${value.length} characters; at most ${limit} are allowed.`,
    );
  }
  if (getNamedType(type).name === 'ID' && !NON_UUID_IDS.has(`${owner}.${name}`)) {
    checkUuid(path, value);
  }
}

/**
 * Wraps the resolver of every field that takes arguments (root fields, `_entities`, and fields such
 * as `District.situation(period)`) so that its arguments are checked first: text no longer than
 * its limit, lists no longer than theirs, ids UUIDs. A breach is a `BAD_USER_INPUT` naming the
 * argument and the limit.
 */
export function limitArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      field.resolve = (source, values: Record<string, unknown>, context, info) => {
        for (const arg of args) {
          checkValue(arg.name, arg.name, type.name, arg.type, values[arg.name]);
        }
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}
