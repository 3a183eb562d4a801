import {
  createTokenVerifier,
  organisationRegistry,
  type ClaimNames,
  type OrganisationRegistry,
  type TokenVerifier,
  type TokenVerifierOptions,
} from '@lagesbild/auth';
import type { Logger } from './logger';

export interface CallerVerification {
  verifier: TokenVerifier;
  /** The council's organisations, as the verifier knows them; its status goes to `/readyz`. */
  organisations: OrganisationRegistry;
}

/**
 * How the gateway and every subgraph verify a caller: the token against the issuer's keys, and
 * the organisation it names against the council's list, which is kept through a directory outage
 * (and logged as kept). A verified token is trusted as long as the list is.
 */
export function callerVerification(options: {
  auth: Pick<TokenVerifierOptions, 'issuer' | 'audience' | 'jwks'> & { claims?: ClaimNames };
  tokenPolicy: { maxLifetimeSeconds: number; organisationRefreshMs: number };
  organisationCodes: (token: string) => Promise<Set<string>>;
  logger: Logger;
}): CallerVerification {
  const { tokenPolicy, logger } = options;
  const organisations = organisationRegistry(options.organisationCodes, {
    refreshMs: tokenPolicy.organisationRefreshMs,
    onAvailabilityChange(available, error) {
      if (available) logger.info('the list of organisations can be fetched again');
      else
        logger.warn(
          { err: error },
          'the list of organisations cannot be fetched; keeping the last known one',
        );
    },
  });
  const verifier = createTokenVerifier({
    ...options.auth,
    isKnownOrganisation: organisations.isKnown,
    verifiedTokenTtlMs: tokenPolicy.organisationRefreshMs,
    maxLifetimeSeconds: tokenPolicy.maxLifetimeSeconds,
  });
  return { verifier, organisations };
}
