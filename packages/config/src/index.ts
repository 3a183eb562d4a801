export { parseConfig, ConfigError } from './parse-config';
export { port, databaseUrl, logLevel, requiredString, requiredUrl } from './fields';
export { oidcClaimFields, oidcClaims } from './oidc-claims';
export { tokenPolicyFields, tokenPolicy } from './token-policy';
export { metricsAccessFields, metricsAccess } from './metrics-access';
