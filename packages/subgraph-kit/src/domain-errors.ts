/** The GraphQL error codes that the services' errors map to. */
export type DomainErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'CONFLICT';

/** An error a service throws on purpose; its message is safe to show to the caller. */
export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  /** Extra facts for the client, e.g. the field at fault or the current version. */
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  constructor(field: string, message: string, details: Record<string, unknown> = {}) {
    super(message, { field, ...details });
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}
