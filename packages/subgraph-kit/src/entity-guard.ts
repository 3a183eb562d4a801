import {
  getNamedType,
  isUnionType,
  Kind,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { quoted, SHORT_TEXT } from './argument-limits';
import { ForbiddenError, InvalidInputError } from './domain-errors';
import type { ReferenceResolver } from './subgraph-context';
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

/** Why a key field's value cannot be of the field's type, or undefined when it can be. */
function keyValueProblem(
  where: string,
  field: GraphQLField<unknown, unknown>,
  value: unknown,
): string | undefined {
  const type = getNamedType(field.type).name;
  if (type === 'ID' || type === 'String') {
    const text = type === 'ID' && Number.isInteger(value) ? String(value) : value;
    if (typeof text !== 'string' || text.length === 0) return `${where} must be a string.`;
    if (text.length > SHORT_TEXT) {
      return `${where} is ${text.length} characters; at most ${SHORT_TEXT} are allowed.`;
    }
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
 * What is wrong with one representation sent to `_entities`, checked before any is resolved: it
 * must be an object naming an entity type of this subgraph, with every field of one of its keys,
 * each of its type. Apollo's own resolver throws on an unknown type name while the loads it began
 * for the representations before it are still running, with nobody left to hear them fail.
 */
function representationProblem(
  entityTypes: Map<string, EntityType>,
  representation: unknown,
  index: number,
): InvalidInputError | undefined {
  const where = `representations[${index}]`;
  if (typeof representation !== 'object' || representation === null) {
    return new InvalidInputError(where, `${where} must be an object with a __typename.`);
  }
  const fields = representation as Record<string, unknown>;
  const typename = fields.__typename;
  const entity = typeof typename === 'string' ? entityTypes.get(typename) : undefined;
  if (!entity) {
    const named = typeof typename === 'string' ? quoted(typename) : 'missing';
    return new InvalidInputError(
      `${where}.__typename`,
      `${where}.__typename (${named}) must name an entity type of this service: ${[...entityTypes.keys()].join(', ')}.`,
    );
  }
  const { type, keys } = entity;
  const key = keys.find((names) => names.every((name) => fields[name] !== undefined));
  if (!key) {
    return new InvalidInputError(
      where,
      `${where} (${type.name}) needs its key: ${keys.map((names) => names.join(' ')).join(' or ')}.`,
    );
  }
  for (const name of key) {
    const field = type.getFields()[name];
    const problem = field && keyValueProblem(`${where}.${name}`, field, fields[name]);
    if (problem) return new InvalidInputError(`${where}.${name}`, problem);
  }
  return undefined;
}

/**
 * `_entities` resolves only the representations that pass `representationProblem`; each of the
 * others is its own `BAD_USER_INPUT`, and the rest of the answer stands.
 */
export function guardEntities(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()._entities;
  if (!entities?.resolve) return schema;
  const resolve = entities.resolve;
  const entityTypes = entityTypesOf(schema);
  entities.resolve = (source, args: { representations?: unknown }, context, info) => {
    const representations = Array.isArray(args.representations) ? args.representations : [];
    const problems = representations.map((representation: unknown, index) =>
      representationProblem(entityTypes, representation, index),
    );
    const resolved = resolve(
      source,
      { ...args, representations: representations.filter((_, index) => !problems[index]) },
      context,
      info,
    ) as unknown[];
    let next = 0;
    // An Error in a list is that item's error (GraphQL's completeValue throws it there).
    return problems.map((problem) => problem ?? resolved[next++]);
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
