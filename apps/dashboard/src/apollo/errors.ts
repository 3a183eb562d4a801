import {
  CombinedGraphQLErrors,
  ServerError,
  ServerParseError,
  type ErrorLike,
} from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/** True when the API refused the request for want of a valid token. */
export function isUnauthenticated(error: ErrorLike): boolean {
  if (ServerError.is(error) && error.statusCode === 401) return true;
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
  );
}

function describeGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>): string {
  return `Servern kunde inte leverera uppgifterna (${errors.map((e) => e.message).join('; ')}).`;
}

/** A Swedish sentence for the user; the API's own message follows as detail. */
export function describeError(error: ErrorLike): string {
  if (CombinedGraphQLErrors.is(error)) return describeGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    return `Servern svarade med fel (HTTP ${error.statusCode}). Försök igen om en stund.`;
  }
  if (ServerParseError.is(error)) return 'Servern svarade med något som inte gick att läsa.';
  return 'Servern gick inte att nå. Kontrollera anslutningen och försök igen.';
}

/**
 * The error a panel showing the root field `field` should display: errors whose path starts at
 * that field, or, when the panel has no data at all, whatever made the whole query fail.
 */
export function errorForField(
  error: ErrorLike | undefined,
  field: string,
  hasData: boolean,
): string | undefined {
  if (!error) return undefined;
  if (CombinedGraphQLErrors.is(error)) {
    const own = error.errors.filter((e) => e.path?.[0] === field);
    if (own.length > 0) return describeGraphQLErrors(own);
  }
  return hasData ? undefined : describeError(error);
}
