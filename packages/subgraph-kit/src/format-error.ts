import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AuthenticationError } from '@lagesbild/auth';
import { PeriodInputError } from '@lagesbild/period';
import { RequestCancelledError } from '@lagesbild/service';
import { AuthorizationError } from 'type-graphql';
import { DomainError } from './domain-errors';

/** Codes whose messages come from GraphQL itself or from Apollo, and are safe to pass on. */
const PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/** The database cannot be reached, or went away mid-request: a fault of the moment, not of the input. */
function databaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (typeof code === 'string' &&
      [
        'ECONNREFUSED',
        'ECONNRESET',
        'ETIMEDOUT',
        '57P01',
        '57P02',
        '57P03',
        '08006',
        '08001',
        '08003',
      ].includes(code)) ||
    (typeof message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
        message,
      ))
  );
}

/**
 * The one place where errors become GraphQL errors: domain errors keep their message and code
 * (a refused period is BAD_USER_INPUT naming its field),
 * authentication failures become `UNAUTHENTICATED`, a lost database `SERVICE_UNAVAILABLE`, work
 * stopped because the caller hung up `REQUEST_CANCELLED`, and anything unexpected is masked
 * (no stack, no SQL) and reported to the log with the request id.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  report: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { ...original.details, code: original.code },
    };
  }
  if (original instanceof PeriodInputError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { field: original.field, code: 'BAD_USER_INPUT' },
    };
  }
  if (original instanceof AuthorizationError) {
    return {
      message: 'Your role does not allow this.',
      path: formatted.path,
      extensions: { code: 'FORBIDDEN' },
    };
  }
  if (original instanceof AuthenticationError) {
    return { message: original.message, extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (original instanceof RequestCancelledError) {
    // Nobody reads this answer; the request log records the hang-up.
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: 'REQUEST_CANCELLED' },
    };
  }
  if (databaseUnavailable(original)) {
    report(original);
    return {
      message: 'The database is unavailable; try again shortly. Nothing was changed.',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  report(original);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
