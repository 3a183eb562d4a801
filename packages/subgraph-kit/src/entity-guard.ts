import {
  getNamedType,
  isUnionType,
  Kind,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { checkUuid, quoted } from './argument-limits';
import { ForbiddenError, InvalidInputError } from './domain-errors';
import type { ReferenceResolver } from './build-subgraph-schema';
import type { SubgraphContext } from './subgraph-context';

/** The key field sets of an entity type, from its resolvable `@key` directives. */
function keysOf(type: GraphQLObjectType): string[][] {
  const nodes = [type.astNode, ...type.extensionASTNodes];
  const keys: string[][] = [];
  for (const node of nodes) {
    for (const directive of node?.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      const argument = (name: string) =>
        directive.arguments?.find((arg) => arg.name.value === name)?.value;
      const resolvable = argument('resolvable');
      if (resolvable?.kind === Kind.BOOLEAN && !resolvable.value) continue;
      const fields = argument('fields');
      if (fields?.kind === Kind.STRING) keys.push(fields.value.split(/\s+/).filter(Boolean));
    }
  }
  return keys;
}

/** Why a key field's value cannot be the field's type, or undefined when it can. */
function checkKeyValue(
  where: string,
  field: GraphQLField<unknown, unknown>,
  value: unknown,
): string | undefined {
  const type = getNamedType(field.type).name;
  if (type === 'ID') {
    if (typeof value !== 'string') return `${where} must be an id (a UUID string).`;
    checkUuid(where, value);
    return undefined;
  }
  if (type === 'String') {
    if (typeof value !== 'string' || value.length === 0) return `${where} must be a string.`;
    if (value.length > 200) return `${where} is ${value.length} characters; at most 200.`;
    return undefined;
  }
  if (type === 'Int' && !Number.isInteger(value)) return `${where} must be an integer.`;
  return undefined;
}

interface EntityType {
  type: GraphQLObjectType;
  keys: string[][];
}

/** The entity types this subgraph resolves, with their keys; a type whose keys are all `resolvable: false` is only referred to. */
function entityTypesOf(schema: GraphQLSchema): Map<string, EntityType> {
  const union = schema.getType('_Entity');
  return new Map(
    (isUnionType(union) ? union.getTypes() : [])
      .map((type) => ({ type, keys: keysOf(type) }))
      .filter(({ keys }) => keys.length > 0)
      .map((entity) => [entity.type.name, entity]),
  );
}

/**
 * Checks every representation sent to `_entities` before any is resolved: an object naming an
 * entity type of this subgraph, with every field of one of its keys, each of its type (ids UUIDs).
 * Apollo's own resolver throws on an unknown type name while the loads it began for the
 * representations before it are still running, with nobody left to hear them fail.
 */
function checkRepresentations(
  entityTypes: Map<string, EntityType>,
  representations: unknown,
): void {
  if (!Array.isArray(representations)) return;
  representations.forEach((representation: unknown, index) => {
    const where = `representations[${index}]`;
    if (typeof representation !== 'object' || representation === null) {
      throw new InvalidInputError(where, `${where} must be an object with a __typename.`);
    }
    const fields = representation as Record<string, unknown>;
    const typename = fields.__typename;
    const entity = typeof typename === 'string' ? entityTypes.get(typename) : undefined;
    if (!entity) {
      const named = typeof typename === 'string' ? quoted(typename) : 'missing';
      throw new InvalidInputError(
        `${where}.__typename`,
        `${where}.__typename (${named}) must name an entity type of this service: ${[...entityTypes.keys()].join(', ')}.`,
      );
    }
    const { type, keys } = entity;
    const key = keys.find((names) => names.every((name) => fields[name] !== undefined));
    if (!key) {
      throw new InvalidInputError(
        where,
        `${where} (${type.name}) needs its key: ${keys.map((names) => names.join(' ')).join(' or ')}.`,
      );
    }
    for (const name of key) {
      const field = type.getFields()[name];
      const problem = field && checkKeyValue(`${where}.${name}`, field, fields[name]);
      if (problem) throw new InvalidInputError(`${where}.${name}`, problem);
    }
  });
}

/** `_entities` checks what it is sent first; a malformed representation is `BAD_USER_INPUT`. */
export function guardEntities(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()._entities;
  if (!entities?.resolve) return schema;
  const resolve = entities.resolve;
  const entityTypes = entityTypesOf(schema);
  entities.resolve = (source, args: { representations?: unknown }, context, info) => {
    checkRepresentations(entityTypes, args.representations);
    return resolve(source, args, context, info);
  };
  return schema;
}

/**
 * A reference resolver as the kit runs it: only for a signed-in caller (reading is open to every
 * one, README "Access and security"; no root field's `@Authorized` stands in front of `_entities`),
 * and async, so that whatever it throws fails its own entity as a GraphQL error, never the process.
 */
export function guardReferenceResolver<Context extends SubgraphContext>(
  resolve: ReferenceResolver<Context>,
): ReferenceResolver<Context> {
  return async (reference, context) => {
    if (!context.principal) throw new ForbiddenError('Sign in to read this.');
    return await resolve(reference, context);
  };
}
