import type { Messages } from './i18n/messages-sv';

/** A role name from outside the typed API (e.g. the demo sign-in list), translated when known. */
export function roleLabel(role: string, roles: Messages['roles']): string {
  return role in roles ? roles[role as keyof Messages['roles']] : role;
}
