import pino from 'pino';

export type Logger = pino.Logger;

/** Headers that carry credentials, wherever a proxy puts them. */
const SECRET_HEADERS = [
  'authorization',
  'proxy-authorization',
  'x-forwarded-authorization',
  'cookie',
  'set-cookie',
];

/** Structured JSON logs, one line per event, named for the service. */
export function createLogger(
  service: string,
  level: string,
  destination?: pino.DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    name: service,
    level,
    base: { service },
    // Tokens and cookies never reach the log.
    redact: {
      paths: [
        ...SECRET_HEADERS.map((name) => `req.headers["${name}"]`),
        ...SECRET_HEADERS.map((name) => `res.headers["${name}"]`),
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * How a request appears in the log: without its query string, which for a GraphQL GET holds
 * the operation's variables (what a user searched for or typed), and without parsed query values.
 */
export function requestLogSerializer(request: pino.SerializedRequest): Record<string, unknown> {
  const { query: _query, params: _params, url, ...rest } = request;
  const queryAt = url.indexOf('?');
  return { ...rest, url: queryAt < 0 ? url : `${url.slice(0, queryAt)}?[redacted]` };
}
