import express, { type Express } from 'express';

/**
 * The Express app every service starts from: it names no framework (`X-Powered-By`) and computes
 * no ETags, since every GraphQL answer is for one caller and one request (an ETag would only cost
 * a hash of the whole answer).
 */
export function createServiceApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  return app;
}
