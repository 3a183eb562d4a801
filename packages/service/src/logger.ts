import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs, one line per event, named for the service. */
export function createLogger(service: string, level: string): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    // Bearer tokens and cookies never reach the log.
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  });
}
