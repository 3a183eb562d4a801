import type { AccessRole, OrganisationKind } from './gql/graphql';

export const organisationKindLabel: Record<OrganisationKind, string> = {
  COMMITTEE: 'Nämnd',
  POLICE: 'Polis',
};

export const accessRoleLabel: Record<AccessRole, string> = {
  ANALYST: 'Analytiker',
  LEADERSHIP: 'Ledning',
  COMMITTEE: 'Nämnd/polis',
  ADMIN: 'Administratör',
};

/** A role name from outside the typed API (e.g. the demo sign-in list), in Swedish when known. */
export function roleLabel(role: string): string {
  return role in accessRoleLabel ? accessRoleLabel[role as AccessRole] : role;
}
