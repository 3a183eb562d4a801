import type { AccessRole } from '@lagesbild/auth';
import { createRandom } from './random';

/** A person's part in the council's work. */
export type CouncilRole =
  | 'COUNCIL_CO_CHAIR'
  | 'CHAIR'
  | 'FIRST_VICE_CHAIR'
  | 'SECOND_VICE_CHAIR'
  | 'POLICE_AREA_CHIEF'
  | 'POLICE_REPRESENTATIVE'
  | 'SECRETARY'
  | 'COORDINATOR'
  | 'ANALYST'
  | 'ADMINISTRATOR';

export interface DemoPerson {
  /** The person's account name, the `sub` of their tokens. */
  username: string;
  /** True for the demo users named in ARCHITECTURE.md, who can sign in to the demo. */
  signsIn: boolean;
  name: string;
  title: string;
  email: string;
  /** Organisation code, or null for staff outside the member organisations. */
  organisation: string | null;
  councilRoles: CouncilRole[];
  accessRoles: AccessRole[];
}

interface PersonSpec {
  username?: string;
  title: string;
  organisation: string | null;
  councilRoles: CouncilRole[];
  accessRoles: AccessRole[];
}

const presidium = (code: string, committee: string): PersonSpec[] => [
  {
    title: `Ordförande, ${committee}`,
    organisation: code,
    councilRoles: ['CHAIR'],
    accessRoles: ['COMMITTEE'],
  },
  {
    title: `Förste vice ordförande, ${committee}`,
    organisation: code,
    councilRoles: ['FIRST_VICE_CHAIR'],
    accessRoles: ['COMMITTEE'],
  },
  {
    title: `Andre vice ordförande, ${committee}`,
    organisation: code,
    councilRoles: ['SECOND_VICE_CHAIR'],
    accessRoles: ['COMMITTEE'],
  },
];

/**
 * Everyone in the demo council. The KS chair and the police area chief share the chair;
 * the users named in ARCHITECTURE.md carry a username and sign in.
 */
const SPECS: PersonSpec[] = [
  {
    username: 'ks.ordforande',
    title: 'Ordförande, kommunstyrelsen',
    organisation: 'KS',
    councilRoles: ['CHAIR', 'COUNCIL_CO_CHAIR'],
    accessRoles: ['LEADERSHIP'],
  },
  ...presidium('KS', 'kommunstyrelsen').slice(1),
  ...presidium('GSN', 'grundskolenämnden'),
  ...presidium('IFF', 'nämnden för idrott, fritid och förebyggande'),
  ...presidium('IFN', 'individ- och familjenämnden'),
  {
    username: 'lpo.chef',
    title: 'Lokalpolisområdeschef',
    organisation: 'LPO',
    councilRoles: ['POLICE_AREA_CHIEF', 'COUNCIL_CO_CHAIR'],
    accessRoles: ['LEADERSHIP'],
  },
  {
    title: 'Kommunpolis',
    organisation: 'LPO',
    councilRoles: ['POLICE_REPRESENTATIVE'],
    accessRoles: ['COMMITTEE'],
  },
  {
    title: 'Gruppchef, områdespolis',
    organisation: 'LPO',
    councilRoles: ['POLICE_REPRESENTATIVE'],
    accessRoles: ['COMMITTEE'],
  },
  {
    username: 'polis.samordnare',
    title: 'Samordnare brottsförebyggande arbete, polisen',
    organisation: 'LPO',
    councilRoles: ['POLICE_REPRESENTATIVE', 'COORDINATOR'],
    accessRoles: ['COMMITTEE'],
  },
  {
    username: 'gsn.sekreterare',
    title: 'Nämndsekreterare, grundskolenämnden',
    organisation: 'GSN',
    councilRoles: ['SECRETARY'],
    accessRoles: ['COMMITTEE'],
  },
  {
    username: 'iff.sekreterare',
    title: 'Nämndsekreterare, idrott, fritid och förebyggande',
    organisation: 'IFF',
    councilRoles: ['SECRETARY'],
    accessRoles: ['COMMITTEE'],
  },
  {
    title: 'Nämndsekreterare, individ- och familjenämnden',
    organisation: 'IFN',
    councilRoles: ['SECRETARY'],
    accessRoles: ['COMMITTEE'],
  },
  {
    title: 'Samordnare för trygghetsrådet',
    organisation: 'KS',
    councilRoles: ['COORDINATOR', 'SECRETARY'],
    accessRoles: ['COMMITTEE'],
  },
  {
    username: 'analytiker',
    title: 'Analytiker, säkerhet och trygghet',
    organisation: 'KS',
    councilRoles: ['ANALYST'],
    accessRoles: ['ANALYST'],
  },
  {
    username: 'admin',
    title: 'Systemförvaltare',
    organisation: null,
    councilRoles: ['ADMINISTRATOR'],
    accessRoles: ['ADMIN'],
  },
];

/** `Åsa Ek-Lund` → `asa.ek.lund`: the account-name form of a name. */
function accountName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/** The demo council's people, with fictitious names drawn from a seeded generator. */
export function demoPeople(seed = 2021): DemoPerson[] {
  const random = createRandom(seed);
  const taken = new Set(SPECS.flatMap((spec) => (spec.username ? [spec.username] : [])));
  return SPECS.map((spec) => {
    const name = `${random.person.firstName()} ${random.person.lastName()}`;
    const domain = spec.organisation === 'LPO' ? 'polisen.example' : 'vasteras.example';
    let username = spec.username;
    if (!username) {
      username = accountName(name);
      for (let n = 2; taken.has(username); n++) username = `${accountName(name)}${n}`;
      taken.add(username);
    }
    return {
      username,
      signsIn: spec.username !== undefined,
      name,
      title: spec.title,
      email: `${accountName(name)}@${domain}`,
      organisation: spec.organisation,
      councilRoles: spec.councilRoles,
      accessRoles: spec.accessRoles,
    };
  });
}

/** The people who can sign in to the demo, by username. */
export const DEMO_USERS: DemoPerson[] = demoPeople().filter((person) => person.signsIn);
