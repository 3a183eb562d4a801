import { registerEnumType } from 'type-graphql';

/** A person's part in the council's work. */
export enum CouncilRole {
  COUNCIL_CO_CHAIR = 'COUNCIL_CO_CHAIR',
  CHAIR = 'CHAIR',
  FIRST_VICE_CHAIR = 'FIRST_VICE_CHAIR',
  SECOND_VICE_CHAIR = 'SECOND_VICE_CHAIR',
  POLICE_AREA_CHIEF = 'POLICE_AREA_CHIEF',
  POLICE_REPRESENTATIVE = 'POLICE_REPRESENTATIVE',
  SECRETARY = 'SECRETARY',
  COORDINATOR = 'COORDINATOR',
  ANALYST = 'ANALYST',
  ADMINISTRATOR = 'ADMINISTRATOR',
}

registerEnumType(CouncilRole, {
  name: 'CouncilRole',
  description:
    "A person's part in the council: co-chair, a committee presidium seat, police, staff.",
});

/** What a person may do in the system (ARCHITECTURE.md, "Identity and access"). */
export enum AccessRole {
  ANALYST = 'ANALYST',
  LEADERSHIP = 'LEADERSHIP',
  COMMITTEE = 'COMMITTEE',
  ADMIN = 'ADMIN',
}

registerEnumType(AccessRole, {
  name: 'AccessRole',
  description: 'What a person may do in the system.',
});
