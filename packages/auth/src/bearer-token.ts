import { AuthenticationError } from './authentication-error';

/** The token from an `Authorization: Bearer …` header; a missing or malformed header is refused. */
export function bearerToken(header: string | undefined): string {
  if (!header) throw new AuthenticationError('Sign in: the request has no Authorization header.');
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1])
    throw new AuthenticationError('The Authorization header must be "Bearer <token>".');
  return match[1];
}
