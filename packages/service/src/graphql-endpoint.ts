import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { pinoHttp } from 'pino-http';
import {
  AuthenticationError,
  bearerToken,
  OrganisationsUnavailableError,
  type Principal,
  type TokenVerifier,
} from '@lagesbild/auth';
import { requestLogSerializer, type Logger } from './logger';
import { assignRequestId } from './request-id';
import { callerHangUp } from './caller-hang-up';

/** What every GraphQL request carries once its token has been verified. */
export interface AuthenticatedRequest {
  principal: Principal;
  /** The caller's `Authorization` header, passed on to the subgraphs. */
  authorization: string;
  requestId: string;
  logger: Logger;
  /** Aborted when the caller hangs up before the answer is sent. */
  signal: AbortSignal;
}

/** Large enough for an import file of a few hundred thousand rows, small enough to refuse abuse. */
export const GRAPHQL_BODY_LIMIT = '16mb';

interface Locals {
  principal?: Principal;
  authorization?: string;
}

function refuse(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.values(value).some(containsNul);
  return false;
}

/** Answers are for one caller: no browser or proxy may keep them. */
const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('cache-control', 'no-store');
  next();
};

/** No text may carry a NUL character: PostgreSQL cannot store one, and no user means one. */
const refuseNulCharacters: RequestHandler = (req, res, next) => {
  if (containsNul(req.body)) {
    refuse(
      res,
      400,
      'BAD_USER_INPUT',
      'The request contains a NUL character (\\u0000); remove it.',
    );
    return;
  }
  next();
};

/** Verifies the bearer token before anything else; without a valid one: HTTP 401, no data. */
function authenticate(verifier: TokenVerifier): RequestHandler {
  return (req, res, next) => {
    const authorization = req.headers.authorization ?? '';
    Promise.resolve()
      .then(() => verifier.verify(bearerToken(authorization || undefined)))
      .then(
        (principal) => {
          Object.assign(res.locals as Locals, { principal, authorization });
          next();
        },
        (error: unknown) => {
          if (error instanceof OrganisationsUnavailableError) {
            refuse(res, 503, 'SERVICE_UNAVAILABLE', error.message);
            return;
          }
          if (!(error instanceof AuthenticationError)) return next(error);
          refuse(res, 401, 'UNAUTHENTICATED', error.message);
        },
      );
  };
}

/** At most `perMinute` requests per signed-in user and minute; beyond that HTTP 429. */
function perUserRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (_req, res) => (res.locals as Locals).principal?.username ?? 'anonymous',
    handler: (_req, res) =>
      refuse(res, 429, 'RATE_LIMITED', `More than ${perMinute} requests a minute; wait a moment.`),
  });
}

/**
 * Errors before Apollo (an unreadable body, mostly) answered as JSON like every other refusal.
 * The log gets the kind of error, never the body that caused it.
 */
const answerPipelineErrors: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) return next(error);
  const { status, type } = error as { status?: unknown; type?: unknown };
  const known = typeof status === 'number' && status >= 400 && status < 500;
  if (known) req.log.warn({ refused: { type, status } }, 'request refused before GraphQL');
  else req.log.error({ err: error }, 'unexpected error before GraphQL');
  if (type === 'entity.parse.failed') {
    refuse(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  } else if (type === 'entity.too.large') {
    refuse(res, 413, 'BAD_REQUEST', `The request body is larger than ${GRAPHQL_BODY_LIMIT}.`);
  } else if (known) {
    refuse(res, status as number, 'BAD_REQUEST', 'The request could not be read.');
  } else {
    refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  }
};

/**
 * The handlers behind `POST /graphql` in the gateway and every subgraph: request logging with a
 * request id, no caching, a body size limit, a verified bearer token before any resolver runs, an optional
 * per-user rate limit, then Apollo.
 */
export function graphqlEndpoint<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  options: {
    logger: Logger;
    verifier: TokenVerifier;
    createContext: (request: AuthenticatedRequest) => Context;
    rateLimitPerMinute?: number;
    /** Handlers between the token check (and rate limit) and Apollo: the gateway's answer cache. */
    beforeApollo?: RequestHandler[];
  },
): (RequestHandler | ErrorRequestHandler)[] {
  return [
    pinoHttp({
      logger: options.logger,
      genReqId: assignRequestId,
      serializers: { req: requestLogSerializer },
    }),
    noStore,
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    refuseNulCharacters,
    authenticate(options.verifier),
    ...(options.rateLimitPerMinute ? [perUserRateLimit(options.rateLimitPerMinute)] : []),
    ...(options.beforeApollo ?? []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const { principal, authorization } = res.locals as Locals;
        if (!principal || authorization === undefined) {
          throw new AuthenticationError('The request was not authenticated.');
        }
        return options.createContext({
          principal,
          authorization,
          requestId: String(req.id),
          logger: req.log,
          signal: callerHangUp(res),
        });
      },
    }),
    answerPipelineErrors,
  ];
}
