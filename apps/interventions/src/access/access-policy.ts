import type { Principal } from '@lagesbild/auth';
import { ForbiddenError } from '@lagesbild/subgraph-kit';

/** The organisations that own or co-own an intervention. */
export interface Ownership {
  ownerCode: string;
  coOwnerCodes: string[];
}

/**
 * Who may change an intervention (ARCHITECTURE.md, "Identity and access"): leadership any;
 * a committee member or the police only what their own organisation owns or co-owns.
 */
export function assertMayChange(principal: Principal, intervention: Ownership & { title: string }) {
  if (principal.roles.includes('LEADERSHIP')) return;
  const organisation = principal.organisation;
  const own =
    organisation !== null &&
    (intervention.ownerCode === organisation || intervention.coOwnerCodes.includes(organisation));
  if (principal.roles.includes('COMMITTEE') && own) return;
  throw new ForbiddenError(
    principal.roles.includes('COMMITTEE')
      ? `"${intervention.title}" is owned by ${[intervention.ownerCode, ...intervention.coOwnerCodes].join(', ')}; ${organisation ?? 'your organisation'} may not change it.`
      : 'Only leadership and the owning organisation may change an intervention.',
    { owner: intervention.ownerCode },
  );
}
