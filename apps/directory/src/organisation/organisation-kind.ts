import { registerEnumType } from 'type-graphql';

/** A municipal committee (nämnd/styrelse) or the local police area (lokalpolisområde). */
export enum OrganisationKind {
  COMMITTEE = 'COMMITTEE',
  POLICE = 'POLICE',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'A municipal committee or the local police area.',
});
