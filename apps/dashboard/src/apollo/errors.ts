import {
  CombinedGraphQLErrors,
  ServerError,
  ServerParseError,
  type ErrorLike,
} from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import type { Messages } from '../i18n/messages-sv';

type ErrorMessages = Messages['errors'];

/** True when the API refused the request for want of a valid token. */
export function isUnauthenticated(error: ErrorLike): boolean {
  if (ServerError.is(error) && error.statusCode === 401) return true;
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
  );
}

function describeGraphQLErrors(
  errors: ReadonlyArray<GraphQLFormattedError>,
  t: ErrorMessages,
): string {
  return t.graphql(errors.map((e) => e.message).join('; '));
}

/** A sentence for the user in their language; the API's own message follows as detail. */
export function describeError(error: ErrorLike, t: ErrorMessages): string {
  if (CombinedGraphQLErrors.is(error)) return describeGraphQLErrors(error.errors, t);
  if (ServerError.is(error)) return t.http(error.statusCode);
  if (ServerParseError.is(error)) return t.parse;
  return t.network;
}

/**
 * The error a panel showing the root field `field` should display: errors whose path starts at
 * that field, or, when the panel has no data at all, whatever made the whole query fail.
 */
export function errorForField(
  error: ErrorLike | undefined,
  field: string,
  hasData: boolean,
  t: ErrorMessages,
): string | undefined {
  if (!error) return undefined;
  if (CombinedGraphQLErrors.is(error)) {
    const own = error.errors.filter((e) => e.path?.[0] === field);
    if (own.length > 0) return describeGraphQLErrors(own, t);
  }
  return hasData ? undefined : describeError(error, t);
}
