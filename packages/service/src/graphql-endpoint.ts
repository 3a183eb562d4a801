import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, {
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
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

/** Deeper JSON is no GraphQL request anyone writes; variables of real operations stay far below. */
export const GRAPHQL_BODY_MAX_DEPTH = 64;

/** Failed authentications a client address may make in a minute before it is refused outright. */
export const FAILED_AUTHENTICATIONS_PER_MINUTE = 30;

/** Where every subgraph tells the version of the data it answers from, and the gateway asks it. */
export const DATA_VERSION_PATH = '/data-version';

type BodyFault = 'nul' | 'depth' | undefined;

/**
 * Walks a parsed body with an explicit stack, not recursion, so no nesting can overflow the call
 * stack: reports the first string with a NUL character or the first value nested deeper than
 * `maxDepth`.
 */
export function bodyFault(body: unknown, maxDepth = GRAPHQL_BODY_MAX_DEPTH): BodyFault {
  const pending: { value: unknown; depth: number }[] = [{ value: body, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, depth } = next;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return 'nul';
    } else if (value && typeof value === 'object') {
      if (depth >= maxDepth) return 'depth';
      for (const child of Array.isArray(value) ? value : Object.values(value)) {
        pending.push({ value: child, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * A GET operation's parameters as Apollo will read them: `variables` and `extensions` are JSON in
 * the query string, so a NUL written as `\u0000` there appears only once they are parsed.
 */
function getParameters(query: Record<string, unknown>): Record<string, unknown> {
  const parsed: Record<string, unknown> = { ...query };
  for (const key of ['variables', 'extensions']) {
    const text = query[key];
    if (typeof text !== 'string') continue;
    try {
      parsed[key] = JSON.parse(text) as unknown;
    } catch {
      // Apollo answers malformed JSON itself with a 400.
    }
  }
  return parsed;
}

/** Answers are for one caller: no browser or proxy may keep them. */
const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('cache-control', 'no-store');
  next();
};

/**
 * No text may carry a NUL character (PostgreSQL cannot store one, and no user means one), and no
 * body may nest deeper than GRAPHQL_BODY_MAX_DEPTH.
 */
const refuseHostileBodies: RequestHandler = (req, res, next) => {
  const fault = bodyFault(req.method === 'GET' ? getParameters(req.query) : req.body);
  if (fault === 'nul') {
    refuse(
      res,
      400,
      'BAD_USER_INPUT',
      'The request contains a NUL character (\\u0000); remove it.',
    );
  } else if (fault === 'depth') {
    refuse(
      res,
      400,
      'BAD_USER_INPUT',
      `The request body is nested deeper than ${GRAPHQL_BODY_MAX_DEPTH} levels.`,
    );
  } else {
    next();
  }
};

/**
 * Verifies the bearer token, from the headers alone, before the body is read; without a valid one:
 * HTTP 401, no data. Every failure counts against the client's address: past `failuresPerMinute`
 * the address is answered 429 before its token is even looked at, until the minute is over.
 * Requests with a valid token never count.
 */
export function authenticate(
  verifier: TokenVerifier,
  failuresPerMinute = FAILED_AUTHENTICATIONS_PER_MINUTE,
): RequestHandler[] {
  const clientAddress = (req: Request) => ipKeyGenerator(req.ip ?? 'unknown');
  const refuseFailures = (res: Response) =>
    refuse(
      res,
      429,
      'RATE_LIMITED',
      `More than ${failuresPerMinute} failed sign-ins a minute from this address; wait a moment.`,
    );
  const countFailure = rateLimit({
    windowMs: 60_000,
    limit: failuresPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: clientAddress,
    handler: (_req, res) => refuseFailures(res),
  });
  const refuseBlockedAddresses: RequestHandler = (req, res, next) => {
    Promise.resolve(countFailure.getKey(clientAddress(req))).then((failures) => {
      if (failures && failures.totalHits >= failuresPerMinute) refuseFailures(res);
      else next();
    }, next);
  };
  const verify: RequestHandler = (req, res, next) => {
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
          void countFailure(req, res, () => refuse(res, 401, 'UNAUTHENTICATED', error.message));
        },
      );
  };
  return [refuseBlockedAddresses, verify];
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
 * The handlers behind `POST /graphql` in the gateway and every subgraph, cheapest first: request
 * logging with a request id, no caching, a limit on failed authentications per address, a verified
 * bearer token before the body is read, then the body (size limit, no NUL character, bounded depth),
 * an optional per-user rate limit, then Apollo; errors before Apollo are answered as JSON.
 */
export function graphqlEndpoint<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  options: {
    logger: Logger;
    verifier: TokenVerifier;
    createContext: (request: AuthenticatedRequest) => Context;
    rateLimitPerMinute?: number;
    /** Failed authentications per client address and minute; beyond them HTTP 429. */
    failedAuthenticationsPerMinute?: number;
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
    ...authenticate(options.verifier, options.failedAuthenticationsPerMinute),
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    refuseHostileBodies,
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
