/** Facts owned by other subgraphs that the interventions subgraph checks its input against. */
export interface ReferenceData {
  /** Organisation codes, with their kind (COMMITTEE or POLICE). */
  organisations(): Promise<Map<string, { name: string; kind: string }>>;
  districtCodes(): Promise<Set<string>>;
  /** The people in the directory by account name, with the code of their organisation. */
  people(): Promise<Map<string, { name: string; organisation: string | null }>>;
  indicators(): Promise<Map<string, { name: string; unit: string }>>;
  /** The latest municipal figure of each indicator named, for a published action plan. */
  municipalFigures(keys: string[]): Promise<MunicipalFigureSnapshot[]>;
}

export interface MunicipalFigureSnapshot {
  indicatorKey: string;
  name: string;
  unit: string;
  period: string | null;
  value: number | null;
  trend: string | null;
}
