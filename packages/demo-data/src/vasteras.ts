import path from 'node:path';

export interface MunicipalityDemo {
  /** SCB municipality code. */
  municipalityCode: string;
  municipalityName: string;
  councilName: string;
  /** The day the council was set up. */
  councilEstablished: string;
  /** CSV of the municipality's SCB RegSO areas: `regso_code,name`. */
  districtsFile: string;
  /** The synthetic population is scaled to about this total in the latest year. */
  population: number;
  populationYears: { from: number; to: number };
  /** The months of synthetic indicator data: from the first to the last complete month. */
  observationMonths: { from: string; until: string };
}

export const VASTERAS: MunicipalityDemo = {
  municipalityCode: '1980',
  municipalityName: 'Västerås',
  councilName: 'Trygghetsrådet i Västerås',
  councilEstablished: '2021-03-31',
  districtsFile: path.join(__dirname, '..', 'data', 'vasteras-regso-2025.csv'),
  population: 160_000,
  populationYears: { from: 2019, to: 2025 },
  observationMonths: { from: '2020-01', until: '2026-10' },
};
