import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ServerResponse } from 'node:http';

/**
 * The id that ties one request's log lines together across gateway and subgraphs:
 * the caller's `x-request-id` when it is well-formed, otherwise a new one. Echoed in the response.
 */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}
