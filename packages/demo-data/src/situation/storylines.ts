/**
 * Changes written into the synthetic data on purpose, so that the demo has something to find:
 * indicators that improve after an intervention starts, and some that worsen.
 * `change` is the relative change reached `rampMonths` after `from` (−0.4 = 40 % lower).
 */
export interface Storyline {
  district: string;
  indicator: string;
  from: string;
  change: number;
  rampMonths: number;
  summary: string;
}

export const DEMO_STORYLINES: Storyline[] = [
  {
    district: '1980R042',
    indicator: 'fires_vehicle',
    from: '2024-09',
    change: -0.5,
    rampMonths: 6,
    summary:
      'Fordonsbränderna i Västra Råby halveras efter att insatsen mot anlagda bränder startat.',
  },
  {
    district: '1980R042',
    indicator: 'crime_vandalism',
    from: '2024-09',
    change: -0.35,
    rampMonths: 9,
    summary: 'Skadegörelsen i Västra Råby minskar med belysning och trygghetsvandringar.',
  },
  {
    district: '1980R046',
    indicator: 'crime_violence',
    from: '2025-03',
    change: -0.3,
    rampMonths: 8,
    summary: 'Våldsbrotten i Östra Bäckby minskar när fältarbetet och områdespolisen förstärks.',
  },
  {
    district: '1980R043',
    indicator: 'crime_narcotics',
    from: '2025-01',
    change: 0.8,
    rampMonths: 9,
    summary: 'Narkotikabrotten i Västra Skälby ökar: en öppen försäljningsplats har etablerats.',
  },
  {
    district: '1980R039',
    indicator: 'crime_theft',
    from: '2023-06',
    change: 0.3,
    rampMonths: 24,
    summary: 'Stölderna i Västra centrum ökar stadigt.',
  },
  {
    district: '1980R018',
    indicator: 'incidents_graffiti',
    from: '2025-05',
    change: -0.45,
    rampMonths: 4,
    summary: 'Klottret i Kopparlunden minskar efter snabbsanering inom 24 timmar.',
  },
  {
    district: '1980R046',
    indicator: 'school_eligibility',
    from: '2024-08',
    change: 0.07,
    rampMonths: 12,
    summary: 'Behörigheten till gymnasiet i Östra Bäckby stiger med läxhjälp och sommarskola.',
  },
];
