export { ACCESS_ROLES, type AccessRole, type Principal } from './principal';
export { AuthenticationError } from './authentication-error';
export { bearerToken } from './bearer-token';
export {
  createTokenVerifier,
  DEFAULT_MAX_LIFETIME_SECONDS,
  DEFAULT_CLAIMS,
  type ClaimNames,
  type TokenVerifier,
  type TokenVerifierOptions,
} from './token-verifier';
export {
  organisationRegistry,
  OrganisationsUnavailableError,
  type OrganisationRegistry,
  type OrganisationRegistryOptions,
  type OrganisationListStatus,
} from './organisation-registry';
export { createDemoIssuer, type DemoIssuer } from './demo-issuer';
