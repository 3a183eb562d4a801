import type { CitedFigureReference } from '../action-plan/action-plan-snapshot';

/** Facts owned by other subgraphs that the interventions subgraph checks its input against. */
export interface ReferenceData {
  /** Organisation codes, with their kind (COMMITTEE or POLICE). */
  organisations(): Promise<Map<string, { name: string; kind: string }>>;
  districtCodes(): Promise<Set<string>>;
  /** District names by SCB code. */
  districts(): Promise<Map<string, { name: string }>>;
  /** The people in the directory by account name, with the code of their organisation. */
  people(): Promise<Map<string, { name: string; organisation: string | null }>>;
  indicators(): Promise<Map<string, { name: string; unit: string }>>;
  /** The latest final period of each indicator named, for a published action plan to cite. */
  citedPeriods(keys: string[]): Promise<CitedFigureReference[]>;
  /** The municipal figures of the indicators named in `period`, as published now, by key. */
  municipalFiguresIn(period: string, keys: string[]): Promise<Map<string, MunicipalFigureNow>>;
}

export interface MunicipalFigureNow {
  value: number | null;
  /** The trend assessment (IMPROVING, WORSENING, NO_CLEAR_CHANGE); null without a trend. */
  trend: string | null;
}
