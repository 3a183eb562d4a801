import type { ImportProblem } from './import.types';

/** A district observation read from a file, before it is checked against the database. */
export interface ParsedObservation {
  row: number;
  indicator: string;
  district: string;
  period: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  provisional: boolean;
}

/** A municipal or national reference figure read from a Kolada file. */
export interface ParsedReference {
  row: number;
  kpi: string;
  areaCode: string;
  period: string;
  value: number;
}

export interface ParsedFile<Row> {
  rows: Row[];
  /** Rows read in all, including those with problems. */
  rowCount: number;
  skipped: number;
  problems: ImportProblem[];
}
