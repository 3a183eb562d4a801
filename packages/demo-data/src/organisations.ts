export type OrganisationKind = 'COMMITTEE' | 'POLICE';

export interface DemoOrganisation {
  code: string;
  name: string;
  kind: OrganisationKind;
}

/** The council's members (PRODUCT.md): four committees' presidiums and the local police area. */
export const demoOrganisations: DemoOrganisation[] = [
  { code: 'KS', name: 'Kommunstyrelsen', kind: 'COMMITTEE' },
  { code: 'GSN', name: 'Grundskolenämnden', kind: 'COMMITTEE' },
  { code: 'IFF', name: 'Nämnden för idrott, fritid och förebyggande', kind: 'COMMITTEE' },
  { code: 'IFN', name: 'Individ- och familjenämnden', kind: 'COMMITTEE' },
  { code: 'LPO', name: 'Lokalpolisområde Västerås', kind: 'POLICE' },
];
