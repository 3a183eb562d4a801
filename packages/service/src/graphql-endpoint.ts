import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { pinoHttp } from 'pino-http';
import {
  AuthenticationError,
  bearerToken,
  type Principal,
  type TokenVerifier,
} from '@lagesbild/auth';
import type { Logger } from './logger';
import { assignRequestId } from './request-id';

/** What every GraphQL request carries once its token has been verified. */
export interface AuthenticatedRequest {
  principal: Principal;
  /** The caller's `Authorization` header, passed on to the subgraphs. */
  authorization: string;
  requestId: string;
  logger: Logger;
}

/**
 * The handlers behind `POST /graphql` in the gateway and every subgraph: request logging with a
 * request id, a body size limit, and a verified bearer token before any resolver runs
 * (HTTP 401 with `UNAUTHENTICATED` otherwise, and never data).
 */
export function graphqlEndpoint<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  options: {
    logger: Logger;
    verifier: TokenVerifier;
    createContext: (request: AuthenticatedRequest) => Context;
  },
): RequestHandler[] {
  return [
    pinoHttp({ logger: options.logger, genReqId: assignRequestId }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          const authorization = req.headers.authorization ?? '';
          const principal = await options.verifier.verify(bearerToken(authorization || undefined));
          return options.createContext({
            principal,
            authorization,
            requestId: String(req.id),
            logger: req.log,
          });
        } catch (error) {
          if (!(error instanceof AuthenticationError)) throw error;
          throw new GraphQLError(error.message, {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
      },
    }),
  ];
}
