import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

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

/**
 * Apollo settings against hostile operations: depth, alias, directive, token and cost limits
 * (graphql-armor), no batched requests, no stack traces, no cache hints; in production also no
 * introspection and no field suggestions that would reveal the schema.
 */
export function apolloHardening<Context extends BaseContext>(
  production: boolean,
): {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ValidationRule[];
  allowBatchedHttpRequests: false;
  includeStacktraceInErrorResponses: false;
  introspection: boolean;
  csrfPrevention: true;
} {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      requestIdInErrors<Context>(),
      // No cache hints, and no cost for them on every field: no answer may be cached anywhere
      // (graphqlEndpoint sends Cache-Control: no-store).
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    csrfPrevention: true,
  };
}
