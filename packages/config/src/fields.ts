import { z } from 'zod';

/** A TCP port, with a default. */
export const port = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback);

/** A PostgreSQL connection string; `required` is the message when it is missing. */
export const databaseUrl = (messages: { required?: string } = {}) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? messages.required : undefined) })
    .refine((value) => /^postgres(ql)?:\/\//.test(value) && URL.canParse(value), {
      message: 'must be a postgres:// or postgresql:// URL',
    });

export const logLevel = () =>
  z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');

/** A string that must be set; `message` says what it is for when it is missing. */
export const requiredString = (message: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? message : undefined) }).min(1, message);

/** A URL that must be set; `message` says what it is for when it is missing. */
export const requiredUrl = (message: string) =>
  z.url({ error: (issue) => (issue.input === undefined ? message : undefined) });
