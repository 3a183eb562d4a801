export { createRandom, type Random } from './random';
export { VASTERAS, type MunicipalityDemo } from './vasteras';
export { readDistricts, type DemoDistrict } from './districts';
export { demoOrganisations, type DemoOrganisation, type OrganisationKind } from './organisations';
export { demoPeople, DEMO_USERS, type DemoPerson, type CouncilRole } from './people';
export {
  DEMO_INDICATORS,
  type DemoIndicator,
  type IndicatorCategory,
  type IndicatorDirection,
  type IndicatorFrequency,
  type Normalisation,
} from './situation/indicator-catalogue';
export { monthIndex, monthLabel, quarterLabel, yearLabel } from './situation/period-labels';
export { DEMO_STORYLINES, type Storyline } from './situation/storylines';
export {
  generateObservations,
  type DemoObservation,
  type GenerateOptions,
} from './situation/generate-observations';
export {
  DEMO_FOCUS_AREAS,
  demoInterventions,
  type DemoFocusArea,
  type DemoIntervention,
  type DemoStatus,
} from './interventions/demo-interventions';
