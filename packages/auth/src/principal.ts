/** What a user may do in the council's system (ARCHITECTURE.md, "Identity and access"). */
export const ACCESS_ROLES = ['ANALYST', 'LEADERSHIP', 'COMMITTEE', 'ADMIN'] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

/** The signed-in user, as a verified token describes them. */
export interface Principal {
  /** The token subject: the user's username. */
  username: string;
  name: string;
  roles: AccessRole[];
  /** Code of the organisation the user acts for (e.g. `GSN`), if any. */
  organisation: string | null;
}
