import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { AuthenticationError, bearerToken, type TokenVerifier } from '@lagesbild/auth';
import { readDataVersion } from '@lagesbild/db';
import { freshRead } from '@lagesbild/service';

/** The header and route through which a subgraph tells the version of the data it answers from. */
export const DATA_VERSION_PATH = '/data-version';

/**
 * `GET /data-version` (a verified bearer token required): the subgraph's data version, read from
 * the database for every request — concurrent requests share one read that began after they
 * arrived — so that a write through any instance is seen by the very next request. The gateway
 * asks it before serving an answer it keeps.
 */
export function dataVersionRoute(dataSource: DataSource, verifier: TokenVerifier): RequestHandler {
  const version = freshRead(() => readDataVersion(dataSource));
  return (req, res, next) => {
    Promise.resolve()
      .then(() => verifier.verify(bearerToken(req.headers.authorization)))
      .then(() => version())
      .then(
        (current) => {
          res.setHeader('cache-control', 'no-store');
          res.json({ version: current });
        },
        (error: unknown) => {
          if (error instanceof AuthenticationError) {
            res.status(401).json({ error: error.message });
          } else {
            next(error);
          }
        },
      );
  };
}
