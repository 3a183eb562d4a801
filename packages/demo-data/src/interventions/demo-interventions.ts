import { createRandom } from '../random';

export type DemoStatus = 'PLANNED' | 'ONGOING' | 'AT_RISK' | 'DELAYED' | 'COMPLETED' | 'CANCELLED';

export interface DemoFocusArea {
  key: string;
  title: string;
  problem: string;
  causeAnalysis: string;
  districts: string[];
  indicators: string[];
}

export interface DemoIntervention {
  title: string;
  description: string;
  problem: string;
  cause: string;
  goal: string;
  focusArea: string;
  owner: string;
  coOwners: string[];
  districts: string[];
  startDate: string;
  endDate: string;
  status: DemoStatus;
  citizenPromise: string | null;
  followUps: { indicator: string; baseline: number | null; target: number }[];
  milestones: { title: string; dueDate: string; doneDate: string | null }[];
  progressReports: { reportedOn: string; status: DemoStatus; text: string; nextSteps: string }[];
}

const BACKBY_RABY = ['1980R038', '1980R046', '1980R042', '1980R049', '1980R034'];
const CENTRE = ['1980R039', '1980R001', '1980R018', '1980R047'];

/** The council's prioritised problems in the demo action plan 2025–2026. */
export const DEMO_FOCUS_AREAS: DemoFocusArea[] = [
  {
    key: 'violence',
    title: 'Våld och otrygghet i Bäckby och Råby',
    problem:
      'Våldsbrotten per invånare är två till tre gånger så många som i kommunen, och var tredje boende känner sig otrygg ute på kvällen.',
    causeAnalysis:
      'Situationellt: mörka gångstråk och få vuxna ute kvällstid. Offer: unga män och ensamstående kvinnor. Gärningsperson: ett fåtal unga i kriminella nätverk.',
    districts: BACKBY_RABY,
    indicators: ['crime_violence', 'insecurity_evening'],
  },
  {
    key: 'narcotics',
    title: 'Narkotika och rekrytering av unga',
    problem: 'Narkotikabrotten ökar i Västra Skälby och unga rekryteras till försäljning.',
    causeAnalysis:
      'En öppen försäljningsplats har etablerats nära skolan; unga utan sysselsättning under lov är särskilt utsatta.',
    districts: ['1980R043', '1980R038', '1980R039'],
    indicators: ['crime_narcotics', 'youth_unemployment'],
  },
  {
    key: 'school',
    title: 'Skolnärvaro och behörighet',
    problem:
      'Ogiltig frånvaro är hög och färre elever blir behöriga till gymnasiet i de utsatta områdena.',
    causeAnalysis:
      'Skolfrånvaro är en tidig riskfaktor för kriminalitet; föräldrar saknar stöd och läxhjälp.',
    districts: ['1980R046', '1980R038', '1980R042', '1980R013'],
    indicators: ['school_absence', 'school_eligibility'],
  },
  {
    key: 'centre',
    title: 'Ordning och trygghet i centrum',
    problem:
      'Stölder, klotter och ordningsstörningar ökar i centrum, särskilt fredag- och lördagkvällar.',
    causeAnalysis:
      'Många människor på liten yta, sena öppettider och otydligt ansvar för städning och belysning.',
    districts: CENTRE,
    indicators: ['crime_theft', 'incidents_disorder', 'incidents_graffiti'],
  },
  {
    key: 'fires',
    title: 'Anlagda bränder och skadegörelse',
    problem: 'Anlagda fordonsbränder och skadegörelse skapar otrygghet i Råby och Vetterstorp.',
    causeAnalysis:
      'Bränderna anläggs av unga i grupp, ofta kvällstid på parkeringar med dålig belysning.',
    districts: ['1980R042', '1980R049', '1980R034', '1980R024'],
    indicators: ['fires_vehicle', 'fires_arson', 'crime_vandalism'],
  },
];

interface Template {
  title: string;
  description: string;
  goal: string;
  focusArea: string;
  owner: string;
  coOwners?: string[];
  districts?: string[];
  startDate?: string;
  status?: DemoStatus;
  citizenPromise?: string;
  followUps?: DemoIntervention['followUps'];
}

/** Interventions whose effect the synthetic data shows (see DEMO_STORYLINES), then the rest. */
const TEMPLATES: Template[] = [
  {
    title: 'Insats mot anlagda fordonsbränder i Råby',
    description:
      'Riktad övervakning av parkeringar, bättre belysning och snabb bortforsling av övergivna bilar.',
    goal: 'Halvera antalet fordonsbränder i Västra Råby.',
    focusArea: 'fires',
    owner: 'LPO',
    coOwners: ['KS'],
    districts: ['1980R042'],
    startDate: '2024-09-01',
    status: 'ONGOING',
    citizenPromise: '2025-H1',
    followUps: [{ indicator: 'fires_vehicle', baseline: null, target: 1.5 }],
  },
  {
    title: 'Trygghetsvandringar och belysning i Västra Råby',
    description:
      'Boende, bostadsbolag och kommun går området varje kvartal och åtgärdar det som skapar otrygghet.',
    goal: 'Minska skadegörelsen med en tredjedel.',
    focusArea: 'fires',
    owner: 'KS',
    coOwners: ['LPO'],
    districts: ['1980R042'],
    startDate: '2024-09-01',
    status: 'ONGOING',
    citizenPromise: '2025-H2',
    followUps: [{ indicator: 'crime_vandalism', baseline: null, target: 3 }],
  },
  {
    title: 'Fältassistenter kvällar och helger i Östra Bäckby',
    description:
      'Fältassistenter och områdespoliser finns ute fredag–lördag kväll och året runt på lov.',
    goal: 'Färre våldsbrott och fler unga i meningsfull fritid.',
    focusArea: 'violence',
    owner: 'IFF',
    coOwners: ['LPO', 'IFN'],
    districts: ['1980R046'],
    startDate: '2025-03-01',
    status: 'ONGOING',
    citizenPromise: '2026-H1',
    followUps: [{ indicator: 'crime_violence', baseline: null, target: 6 }],
  },
  {
    title: 'Snabbsanering av klotter inom 24 timmar',
    description: 'Klotter på offentlig plats saneras inom ett dygn efter anmälan.',
    goal: 'Minska klotterrapporterna i Kopparlunden med 40 procent.',
    focusArea: 'centre',
    owner: 'KS',
    districts: ['1980R018'],
    startDate: '2025-05-01',
    status: 'COMPLETED',
    followUps: [{ indicator: 'incidents_graffiti', baseline: null, target: 15 }],
  },
  {
    title: 'Läxhjälp och sommarskola i Östra Bäckby',
    description: 'Läxhjälp tre kvällar i veckan och sommarskola för elever i årskurs 8–9.',
    goal: 'Nio av tio elever i årskurs 9 behöriga till gymnasiet.',
    focusArea: 'school',
    owner: 'GSN',
    coOwners: ['IFF'],
    districts: ['1980R046'],
    startDate: '2024-08-15',
    status: 'ONGOING',
    followUps: [{ indicator: 'school_eligibility', baseline: null, target: 90 }],
  },
  {
    title: 'Insats mot öppen narkotikahandel i Västra Skälby',
    description:
      'Polisen och socialtjänsten stör försäljningsplatsen och erbjuder stöd till unga som rekryterats.',
    goal: 'Stoppa ökningen av narkotikabrott och nå de unga som rekryteras.',
    focusArea: 'narcotics',
    owner: 'LPO',
    coOwners: ['IFN'],
    districts: ['1980R043'],
    startDate: '2026-01-15',
    status: 'AT_RISK',
    followUps: [{ indicator: 'crime_narcotics', baseline: null, target: 4 }],
  },
  {
    title: 'Områdespoliser i Bäckby och Råby',
    description: 'Fasta områdespoliser som känner området och samverkar med skola och fritid.',
    goal: 'Ökad trygghet och färre våldsbrott.',
    focusArea: 'violence',
    owner: 'LPO',
    districts: ['1980R038', '1980R046', '1980R042'],
    status: 'ONGOING',
    citizenPromise: '2026-H2',
    followUps: [{ indicator: 'insecurity_evening', baseline: 32, target: 25 }],
  },
  {
    title: 'Närvaroteam i grundskolan',
    description:
      'Närvaroteam med kurator och specialpedagog följer upp varje frånvarotillfälle samma dag.',
    goal: 'Halvera den ogiltiga frånvaron.',
    focusArea: 'school',
    owner: 'GSN',
    followUps: [{ indicator: 'school_absence', baseline: null, target: 1.5 }],
  },
  {
    title: 'Föräldraträffar om skolnärvaro',
    description: 'Föräldraträffar på flera språk om skolans krav och vad föräldrar kan göra.',
    goal: 'Alla föräldrar i årskurs 6–9 nås av informationen.',
    focusArea: 'school',
    owner: 'GSN',
    coOwners: ['IFN'],
  },
  {
    title: 'Mentorsprogram för årskurs 7–9',
    description: 'Vuxna mentorer från föreningslivet möter elever varannan vecka.',
    goal: 'Hundra elever har en mentor.',
    focusArea: 'school',
    owner: 'GSN',
    coOwners: ['IFF'],
  },
  {
    title: 'Tidig upptäckt av skolfrånvaro',
    description: 'Gemensam rutin för skola och socialtjänst när frånvaron överstiger tio procent.',
    goal: 'Orosanmälan inom två veckor vid problematisk frånvaro.',
    focusArea: 'school',
    owner: 'GSN',
    coOwners: ['IFN'],
  },
  {
    title: 'Fritidsgård med förlängda öppettider',
    description: 'Fritidsgården håller öppet till midnatt fredag och lördag.',
    goal: 'Fler unga på fritidsgården kvällstid.',
    focusArea: 'violence',
    owner: 'IFF',
  },
  {
    title: 'Sommarjobb för unga 16–19 år',
    description: 'Kommunen erbjuder sommarjobb med handledare, prioriterat unga i utsatta områden.',
    goal: 'Femhundra sommarjobb per år.',
    focusArea: 'narcotics',
    owner: 'IFF',
    coOwners: ['KS'],
    followUps: [{ indicator: 'youth_unemployment', baseline: null, target: 8 }],
  },
  {
    title: 'Idrott på lov',
    description:
      'Gratis idrottsaktiviteter på sport-, påsk- och sommarlov i samarbete med föreningar.',
    goal: 'Tusen deltagare per lov.',
    focusArea: 'narcotics',
    owner: 'IFF',
  },
  {
    title: 'Föreningsstöd i utsatta områden',
    description: 'Extra föreningsbidrag för verksamhet i Bäckby, Råby och Skälby.',
    goal: 'Fler föreningsaktiva unga.',
    focusArea: 'violence',
    owner: 'IFF',
    coOwners: ['KS'],
  },
  {
    title: 'Sociala insatsgrupper (SIG)',
    description: 'Samordnade insatser kring unga som riskerar att dras in i kriminalitet.',
    goal: 'Alla unga som identifieras erbjuds en insatsgrupp inom en månad.',
    focusArea: 'narcotics',
    owner: 'IFN',
    coOwners: ['LPO', 'GSN'],
  },
  {
    title: 'Föräldrastöd med ABC-kurser',
    description: 'ABC – Alla barn i centrum – erbjuds föräldrar i förskola och lågstadium.',
    goal: 'Tvåhundra föräldrar per år.',
    focusArea: 'school',
    owner: 'IFN',
  },
  {
    title: 'Avhopparverksamhet',
    description:
      'Stöd till den som vill lämna ett kriminellt nätverk: boende, sysselsättning och skydd.',
    goal: 'Varje förfrågan besvaras inom en vecka.',
    focusArea: 'violence',
    owner: 'IFN',
    coOwners: ['LPO'],
  },
  {
    title: 'Snabbare handläggning av orosanmälningar',
    description: 'Förhandsbedömning av orosanmälningar om unga och brott inom två dagar.',
    goal: 'Förhandsbedömning inom 48 timmar i nio fall av tio.',
    focusArea: 'narcotics',
    owner: 'IFN',
  },
  {
    title: 'Kameraövervakning vid Stora torget',
    description: 'Kameror vid Stora torget och resecentrum, bevakade fredag och lördag natt.',
    goal: 'Färre stölder och ordningsstörningar i centrum.',
    focusArea: 'centre',
    owner: 'LPO',
    coOwners: ['KS'],
    districts: ['1980R039', '1980R001'],
    followUps: [{ indicator: 'crime_theft', baseline: null, target: 6 }],
  },
  {
    title: 'Ungdomspoliser i skolorna',
    description:
      'Poliser besöker högstadieskolorna regelbundet och håller lektioner om brott och följder.',
    goal: 'Varje högstadieskola besöks varje termin.',
    focusArea: 'narcotics',
    owner: 'LPO',
    coOwners: ['GSN'],
  },
  {
    title: 'Nattvandrare i centrum',
    description: 'Stöd till föreningar som nattvandrar i centrum helgkvällar.',
    goal: 'Nattvandring varje helg året runt.',
    focusArea: 'centre',
    owner: 'IFF',
    coOwners: ['LPO'],
    districts: CENTRE,
    followUps: [{ indicator: 'incidents_disorder', baseline: null, target: 8 }],
  },
  {
    title: 'Gemensam veckovis lägesbild',
    description:
      'Kommun och polis går igenom veckans händelser varje måndag och fördelar åtgärder.',
    goal: 'Lägesbilden används i varje veckomöte.',
    focusArea: 'centre',
    owner: 'KS',
    coOwners: ['LPO'],
  },
  {
    title: 'Medborgardialog om trygghet',
    description: 'Dialogmöten i varje stadsdel som underlag till medborgarlöftet.',
    goal: 'Dialog i alla utsatta områden före varje medborgarlöfte.',
    focusArea: 'violence',
    owner: 'KS',
    coOwners: ['LPO'],
  },
  {
    title: 'Röjning av otrygga platser',
    description: 'Buskar röjs och belysning förbättras längs gångstråk som boende pekat ut.',
    goal: 'Alla platser från trygghetsvandringarna åtgärdade inom ett halvår.',
    focusArea: 'violence',
    owner: 'KS',
  },
  {
    title: 'Trygghetsskapande bostadsförvaltning',
    description: 'Bostadsbolagen förstärker fastighetsskötsel och entréer i utsatta områden.',
    goal: 'Färre anmälningar om skadegörelse i trapphus.',
    focusArea: 'fires',
    owner: 'KS',
    followUps: [{ indicator: 'incidents_vandalism', baseline: null, target: 10 }],
  },
  {
    title: 'Kvinnofrid: stöd till våldsutsatta',
    description: 'Stöd och skyddat boende för kvinnor som utsatts för våld i nära relation.',
    goal: 'Alla som söker stöd får det inom en vecka.',
    focusArea: 'violence',
    owner: 'IFN',
  },
  {
    title: 'Brandförebyggande skolbesök',
    description: 'Räddningstjänsten besöker mellanstadier om brand och skadegörelse.',
    goal: 'Alla elever i årskurs 5 nås.',
    focusArea: 'fires',
    owner: 'GSN',
    coOwners: ['KS'],
  },
  {
    title: 'Övervakningskameror i parkeringshus',
    description: 'Kameror i parkeringshusen i Råby och Vetterstorp.',
    goal: 'Inga fordonsbränder i parkeringshusen.',
    focusArea: 'fires',
    owner: 'LPO',
    coOwners: ['KS'],
    districts: ['1980R049', '1980R034'],
    status: 'CANCELLED',
  },
  {
    title: 'Lovaktiviteter i Skälby',
    description: 'Aktiviteter varje vardag under sommarlovet i Skälby.',
    goal: 'Minst hundra unga deltar.',
    focusArea: 'narcotics',
    owner: 'IFF',
    districts: ['1980R043'],
    status: 'PLANNED',
    startDate: '2027-06-15',
  },
];

const STATUSES: DemoStatus[] = [
  'ONGOING',
  'ONGOING',
  'ONGOING',
  'AT_RISK',
  'DELAYED',
  'COMPLETED',
  'PLANNED',
];

/** The demo is written as of this day: milestones before it are done or missed. */
const DEMO_TODAY = '2026-11-01';

const REPORT_TEXT: Record<DemoStatus, string[]> = {
  PLANNED: ['Planeringen pågår; samverkansparterna är utsedda.'],
  ONGOING: [
    'Insatsen genomförs enligt plan och deltagandet är gott.',
    'Arbetet har kommit igång i alla områden; samverkan med skolan fungerar väl.',
    'Verksamheten är bemannad enligt plan. Boende och föreningar ger positiv återkoppling.',
    'Vi ser fler deltagare än väntat; lokalerna räcker knappt till.',
  ],
  AT_RISK: [
    'Bemanningen räcker inte till alla pass; risk att målet inte nås.',
    'Finansieringen för nästa år är inte beslutad; fortsättningen är osäker.',
  ],
  DELAYED: [
    'Upphandlingen har dragit ut på tiden och starten är försenad.',
    'Rekryteringen av personal har tagit längre tid än planerat.',
  ],
  COMPLETED: ['Insatsen är genomförd och utvärderad; erfarenheterna redovisas för trygghetsrådet.'],
  CANCELLED: ['Insatsen avbryts efter beslut i trygghetsrådet.'],
};

const NEXT_STEPS = [
  'Fortsätt enligt plan och rapportera nästa kvartal.',
  'Följ upp med skolan och fältgruppen före nästa rapport.',
  'Ta fram underlag till trygghetsrådets nästa möte.',
  'Utvärdera deltagandet och justera öppettiderna.',
];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A start that fits the status: planned ones start ahead, completed ones long ago. */
function randomStart(random: ReturnType<typeof createRandom>, status: DemoStatus): string {
  const month = String(random.number.int({ min: 1, max: 12 })).padStart(2, '0');
  if (status === 'PLANNED') return `2027-${month}-01`;
  if (status === 'COMPLETED') return `2024-${month}-01`;
  return `${random.helpers.arrayElement(['2024', '2025', '2025', '2026'])}-${month}-01`.replace(
    /^2026-(0[7-9]|1[0-2])/,
    '2026-06',
  );
}

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * The demo's interventions: the storyline ones with their districts, dates and follow-up, the
 * rest with districts, dates, milestones and progress reports drawn from a seeded generator.
 * Dates are fixed, so which milestones are overdue depends on the day the demo runs.
 */
export function demoInterventions(seed = 2025): DemoIntervention[] {
  const random = createRandom(seed);
  const focusAreas = new Map(DEMO_FOCUS_AREAS.map((f) => [f.key, f]));
  return TEMPLATES.map((template) => {
    const focusArea = focusAreas.get(template.focusArea) ?? DEMO_FOCUS_AREAS[0];
    const districts =
      template.districts ??
      random.helpers.arrayElements(focusArea?.districts ?? [], { min: 1, max: 3 }).sort();
    const status = template.status ?? random.helpers.arrayElement(STATUSES);
    const startDate = template.startDate ?? randomStart(random, status);
    const endDate = addMonths(
      startDate,
      status === 'COMPLETED' ? 12 : random.helpers.arrayElement([18, 24, 30]),
    );
    const titles = [
      'Planering klar',
      'Start i första området',
      'Halvtidsuppföljning',
      'Utvärdering',
    ];
    const count = random.number.int({ min: 2, max: 4 });
    const due = titles.slice(0, count).map((title, index) => ({
      title,
      dueDate: addMonths(startDate, Math.round(((index + 1) * 18) / (count + 1))),
    }));
    const past = due.filter((m) => m.dueDate < DEMO_TODAY);
    // Delayed and at-risk interventions have missed their latest milestone; now and then an
    // ongoing one has too. Everything earlier is done.
    const missed =
      status === 'DELAYED' ||
      status === 'AT_RISK' ||
      (status === 'ONGOING' && random.number.float({ min: 0, max: 1 }) < 0.25)
        ? past.at(-1)
        : undefined;
    const milestones = due.map((m) => ({
      ...m,
      doneDate:
        m.dueDate < DEMO_TODAY && m !== missed
          ? addDays(m.dueDate, -random.number.int({ min: 0, max: 20 }))
          : null,
    }));
    const progressReports =
      status === 'PLANNED'
        ? []
        : [3, 9, 15]
            .map((months) => addMonths(startDate, months))
            .filter((date) => date < DEMO_TODAY)
            .map((reportedOn, index, all) => {
              const reported = index === all.length - 1 ? status : 'ONGOING';
              return {
                reportedOn,
                status: reported,
                text: random.helpers.arrayElement(REPORT_TEXT[reported]),
                nextSteps: random.helpers.arrayElement(NEXT_STEPS),
              };
            });
    return {
      title: template.title,
      description: template.description,
      problem: focusArea?.problem ?? '',
      cause: focusArea?.causeAnalysis ?? '',
      goal: template.goal,
      focusArea: template.focusArea,
      owner: template.owner,
      coOwners: template.coOwners ?? [],
      districts,
      startDate,
      endDate,
      status,
      citizenPromise: template.citizenPromise ?? null,
      followUps: template.followUps ?? [],
      milestones,
      progressReports,
    };
  });
}
