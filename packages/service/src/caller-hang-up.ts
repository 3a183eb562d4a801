import type { ServerResponse } from 'node:http';

/** Where work stops because the caller stopped waiting for the answer. */
export class RequestCancelledError extends Error {
  constructor() {
    super('The caller stopped waiting before the answer was sent; nothing was saved.');
    this.name = 'RequestCancelledError';
  }
}

/**
 * Aborted when the response closes before it was sent in full: the caller hung up, or the
 * gateway gave up waiting. A long write checks it before committing, so that an answer nobody
 * receives leaves nothing behind.
 */
export function callerHangUp(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new RequestCancelledError());
  });
  return controller.signal;
}
