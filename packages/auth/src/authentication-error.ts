/** No token, or a token that does not verify. Mapped to HTTP 401 / `UNAUTHENTICATED`. */
export class AuthenticationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AuthenticationError';
  }
}
