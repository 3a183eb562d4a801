import type { CitedFigureReference } from '../src/action-plan/action-plan-snapshot';
import type { MunicipalFigureNow, ReferenceData } from '../src/reference-data/reference-data';

/**
 * The facts the directory and situation subgraphs own, given as plain data, for the service tests
 * that run this subgraph alone on a database (the whole-stack tests read them over GraphQL).
 */
export class StaticReferenceData implements ReferenceData {
  constructor(
    private readonly facts: {
      organisations: Record<string, string>;
      districts: Record<string, string>;
      indicators: Record<string, string>;
      /** Account name → name and organisation code. */
      people?: Record<string, { name: string; organisation: string | null }>;
    },
  ) {}

  async organisations() {
    return new Map(
      Object.entries(this.facts.organisations).map(([code, name]) => [
        code,
        { name, kind: code === 'LPO' ? 'POLICE' : 'COMMITTEE' },
      ]),
    );
  }

  async districtCodes() {
    return new Set(Object.keys(this.facts.districts));
  }

  async districts() {
    return new Map(Object.entries(this.facts.districts).map(([code, name]) => [code, { name }]));
  }

  async people() {
    return new Map(Object.entries(this.facts.people ?? {}));
  }

  async indicators() {
    return new Map(
      Object.entries(this.facts.indicators).map(([key, name]) => [key, { name, unit: 'antal' }]),
    );
  }

  async citedPeriods(keys: string[]): Promise<CitedFigureReference[]> {
    return keys.map((key) => ({
      indicatorKey: key,
      name: this.facts.indicators[key] ?? key,
      unit: 'antal',
      period: '2025',
    }));
  }

  async municipalFiguresIn(_period: string, keys: string[]) {
    return new Map<string, MunicipalFigureNow>(
      keys.map((key) => [key, { value: 10, trend: null }]),
    );
  }
}

export const VASTERAS_SAMPLE = {
  organisations: {
    KS: 'Kommunstyrelsen',
    GSN: 'Grundskolenämnden',
    IFF: 'Nämnden för idrott, fritid och förebyggande',
  },
  districts: { '1980R001': 'Bäckby', '1980R002': 'Skultuna', '1980R003': 'Råby' },
  indicators: { crime_violence: 'Anmälda våldsbrott', insecurity: 'Otrygghet' },
};
