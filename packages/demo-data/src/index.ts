export { createRandom, type Random } from './random';
export { VASTERAS, type MunicipalityDemo } from './vasteras';
export { readDistricts, type DemoDistrict } from './districts';
export { demoOrganisations, type DemoOrganisation, type OrganisationKind } from './organisations';
export { demoPeople, DEMO_USERS, type DemoPerson, type CouncilRole } from './people';
