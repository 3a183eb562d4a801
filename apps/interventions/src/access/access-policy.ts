import type { Principal } from '@lagesbild/auth';
import { ForbiddenError } from '@lagesbild/subgraph-kit';

/** The organisations that own or co-own an intervention. */
export interface Ownership {
  ownerCode: string;
  coOwnerCodes: string[];
}

/** Why someone may not change an intervention; null when they may. */
export type ChangeRefusal = 'READ_ONLY_ROLE' | 'OTHER_ORGANISATION' | null;

/**
 * Who may change an intervention (ARCHITECTURE.md, "Identity and access"): leadership any;
 * a committee member or the police only what their own organisation owns or co-owns; anyone
 * else (analysts, admins) none.
 */
export function changeRefusal(principal: Principal, intervention: Ownership): ChangeRefusal {
  if (principal.roles.includes('LEADERSHIP')) return null;
  if (!principal.roles.includes('COMMITTEE')) return 'READ_ONLY_ROLE';
  const organisation = principal.organisation;
  const own =
    organisation !== null &&
    (intervention.ownerCode === organisation || intervention.coOwnerCodes.includes(organisation));
  return own ? null : 'OTHER_ORGANISATION';
}

/** Only leadership assigns owners and creates interventions. */
export function mayReassign(principal: Principal): boolean {
  return principal.roles.includes('LEADERSHIP');
}

export function assertMayChange(principal: Principal, intervention: Ownership & { title: string }) {
  const refusal = changeRefusal(principal, intervention);
  if (refusal === null) return;
  throw new ForbiddenError(
    refusal === 'OTHER_ORGANISATION'
      ? `"${intervention.title}" is owned by ${[intervention.ownerCode, ...intervention.coOwnerCodes].join(', ')}; ${principal.organisation ?? 'your organisation'} may not change it.`
      : 'Only leadership and the owning organisation may change an intervention.',
    { owner: intervention.ownerCode, reason: refusal },
  );
}
