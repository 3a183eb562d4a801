import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { TokenVerifier } from '@lagesbild/auth';
import { readDataVersion } from '@lagesbild/db';
import { authenticate, freshRead } from '@lagesbild/service';

/**
 * `GET /data-version` (DATA_VERSION_PATH; the caller authenticated as on `/graphql`): the
 * subgraph's data version, read from the database for every request — concurrent requests share
 * one read that began after they arrived — so that a write through any instance is seen by the
 * very next request. The gateway asks it before serving an answer it keeps.
 */
export function dataVersionRoute(
  dataSource: DataSource,
  verifier: TokenVerifier,
): RequestHandler[] {
  const version = freshRead(() => readDataVersion(dataSource));
  const answer: RequestHandler = (_req, res, next) => {
    version().then((current) => {
      res.setHeader('cache-control', 'no-store');
      res.json({ version: current });
    }, next);
  };
  return [...authenticate(verifier), answer];
}
