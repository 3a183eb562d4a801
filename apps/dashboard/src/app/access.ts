import type { AccessRole } from '../gql/graphql';

/** The API lets only analysts and administrators import indicator data. */
export function canImport(roles: ReadonlyArray<AccessRole>): boolean {
  return roles.includes('ANALYST') || roles.includes('ADMIN');
}

/** The API lets only the council's leadership and administrators undo an import. */
export function canUndoImports(roles: ReadonlyArray<AccessRole>): boolean {
  return roles.includes('LEADERSHIP') || roles.includes('ADMIN');
}

/** Committees and the police keep their assignments up to date; leadership may look too. */
export function hasAssignments(roles: ReadonlyArray<AccessRole>): boolean {
  return roles.includes('COMMITTEE') || roles.includes('LEADERSHIP');
}

/** The council's leadership (its co-chairs) prioritises focus areas and publishes action plans. */
export function isLeadership(roles: ReadonlyArray<AccessRole>): boolean {
  return roles.includes('LEADERSHIP');
}
