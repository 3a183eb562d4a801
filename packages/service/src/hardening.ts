import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { BREAK, GraphQLError, visit, type DocumentNode, type ValidationRule } from 'graphql';

/** The limits every operation must keep, in the gateway and in each subgraph. */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 30,
  maxTokens: 3_000,
  maxCost: 20_000,
};

/** Adds the request id to every error, so a user can quote it and an operator find it in the log. */
function requestIdInErrors<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const requestId = (contextValue as { requestId?: string }).requestId;
          if (!requestId || response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const writable = error as { extensions?: Record<string, unknown> };
            writable.extensions = { ...writable.extensions, requestId };
          }
        },
      };
    },
  };
}

/** A refusal of the operation as sent: its code, HTTP 400, and nothing executed. */
function refusal(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

function hasNulLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!node.value.includes('\u0000')) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * Refuses, with HTTP 400 as the GraphQL-over-HTTP spec asks of a request that cannot be executed,
 * what parsing and validation let through: an `operationName` the document does not define, a
 * subscription (served nowhere: no transport for it), and a NUL character in a string literal,
 * which GraphQL's parser makes of a `\u0000` escape (the body check sees only the JSON). Thrown
 * from `didResolveOperation`, the error keeps its code and status; it must run before any plugin
 * that reads the operation, so it comes first.
 */
function refuseUnexecutableOperations<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (!operation) {
            throw refusal(
              request.operationName
                ? `The document defines no operation named "${request.operationName.slice(0, 100)}".`
                : 'The document defines several operations: name one in operationName.',
              'OPERATION_RESOLUTION_FAILURE',
            );
          }
          if (operation.operation === 'subscription') {
            throw refusal(
              'Subscriptions are not supported; send a query or a mutation.',
              'BAD_REQUEST',
            );
          }
          if (hasNulLiteral(document)) {
            throw refusal(
              'The operation contains a NUL character (\\u0000) in a string; remove it.',
              'BAD_USER_INPUT',
            );
          }
        },
      };
    },
  };
}

/**
 * Apollo settings against hostile operations: depth, alias, directive and cost limits
 * (graphql-armor), a token limit in GraphQL's own parser, HTTP 400 for what cannot be executed, no
 * batched requests, no stack traces, no cache hints; in production also no introspection and no
 * field suggestions that would reveal the schema.
 */
export function apolloHardening<Context extends BaseContext>(
  production: boolean,
): {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  allowBatchedHttpRequests: false;
  includeStacktraceInErrorResponses: false;
  introspection: boolean;
  csrfPrevention: true;
} {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    // graphql-armor counts tokens by parsing the document again in a plugin, where a syntax error
    // becomes an unexpected failure (HTTP 500); GraphQL's parser counts them itself, and a document
    // over the limit is then a parse error like any other (HTTP 400).
    maxTokens: { enabled: false },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    plugins: [
      refuseUnexecutableOperations<Context>(),
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      requestIdInErrors<Context>(),
      // No cache hints, and no cost for them on every field: no answer may be cached anywhere
      // (graphqlEndpoint sends Cache-Control: no-store).
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    csrfPrevention: true,
  };
}
