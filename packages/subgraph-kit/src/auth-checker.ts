import type { AuthChecker } from 'type-graphql';
import type { SubgraphContext } from './subgraph-context';

/**
 * `@Authorized()` demands a signed-in user; `@Authorized('LEADERSHIP', …)` one of the roles named.
 * Every request already carries a verified principal, so this guards fields and entity types alike.
 */
export const authChecker: AuthChecker<SubgraphContext> = ({ context }, roles) => {
  if (roles.length === 0) return true;
  return context.principal.roles.some((role) => roles.includes(role));
};
