import { buildSubgraphSchema as buildApolloSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { mergeResolvers } from '@graphql-tools/merge';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { limitArguments } from './argument-limits';
import { authChecker } from './auth-checker';
import { guardEntities, guardReferenceResolver } from './entity-guard';
import type { ReferenceResolver, SubgraphContext } from './subgraph-context';

export interface SubgraphSchemaOptions<Context extends SubgraphContext> {
  // type-graphql's own type for resolver classes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /**
   * Types no resolver returns directly; an entity this subgraph only extends
   * through federation must be listed, or it drops out of the schema.
   */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  referenceResolvers?: Record<string, { __resolveReference: ReferenceResolver<Context> }>;
}

/** Federation 2 directives the subgraphs may use. */
const FEDERATION_LINK = `
  extend schema
    @link(
      url: "https://specs.apollo.dev/federation/v2.5"
      import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"]
    )
`;

/**
 * Turns type-graphql resolvers into an Apollo Federation 2 subgraph schema:
 * type-graphql builds the schema (with `@Directive('@key(fields: "id")')` on entities),
 * Apollo's subgraph library adds `_service` and `_entities`, and the reference resolvers join in.
 * Every field's arguments are checked against their limits before its resolver runs
 * (argument-limits.ts), and `_entities` checks the representations it is sent (entity-guard.ts).
 */
export async function buildSubgraphSchema<Context extends SubgraphContext>(
  options: SubgraphSchemaOptions<Context>,
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    authChecker,
    authMode: 'error',
    // Arguments are checked by limitArguments (argument-limits.ts says why there, not here).
    validate: false,
    emitSchemaFile: false,
  });
  const referenceResolvers = Object.fromEntries(
    Object.entries(options.referenceResolvers ?? {}).map(([type, { __resolveReference }]) => [
      type,
      { __resolveReference: guardReferenceResolver(__resolveReference) },
    ]),
  );
  const resolvers = mergeResolvers([
    createResolversMap(schema),
    referenceResolvers,
  ]) as GraphQLResolverMap<unknown>;
  return limitArguments(
    guardEntities(
      buildApolloSubgraphSchema({
        typeDefs: gql`
          ${FEDERATION_LINK}
          ${printSchemaWithDirectives(schema)}
        `,
        resolvers,
      }),
    ),
  );
}
