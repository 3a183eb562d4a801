import type { Format, Locale } from '../../format';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type {
  SituationModel_CellFragment,
  SituationModel_IndicatorFragment,
} from '../../gql/graphql';
import type { Messages } from '../../i18n/messages-sv';
import { indicatorName, indicatorUnit } from '../../indicators/indicator-text';
import { byCategoryAndName } from '../../indicators/indicator-order';
import { partOfTownName } from '../../map/parts-of-town';
import { granularityOf } from '../../periods/period-choice';

export const SituationIndicatorFragment = graphql(`
  fragment SituationModel_indicator on Indicator {
    key
    name
    nameEn
    unit
    category
    frequency
    direction
    normalisation
    target
    suppressionThreshold
  }
`);

export const SituationCellFragment = graphql(`
  fragment SituationModel_cell on SituationCell {
    period
    rateUnit
    value
    rate
    suppressed
    provisional
    municipalValue
    deviation
    deviationPercent
    changeFromYearEarlier
    district {
      code
    }
    indicator {
      key
    }
    trend {
      direction
      significant
      assessment
      pValue
      method
      periods
    }
  }
`);

export type Measure = 'rate' | 'deviation';
export const MEASURES: ReadonlyArray<Measure> = ['rate', 'deviation'];

export type Cell = SituationModel_CellFragment;

export interface IndicatorColumn extends SituationModel_IndicatorFragment {
  /** The name in the interface language. */
  label: string;
  unitLabel: string;
  /** The period this indicator's cells are for; null when it has none. */
  period: string | null;
}

export interface DistrictRow {
  code: string;
  name: string;
  partOfTown: string;
  boundary: string | null;
  /** Indicator key → cell. */
  cells: ReadonlyMap<string, Cell>;
}

export interface Situation {
  indicators: IndicatorColumn[];
  rows: DistrictRow[];
}

/**
 * The situation picture arranged for the page: indicators that have cells, in category order,
 * and one row per district with its cells by indicator.
 */
export function buildSituation(
  indicatorRefs: ReadonlyArray<FragmentType<typeof SituationIndicatorFragment>>,
  cellRefs: ReadonlyArray<FragmentType<typeof SituationCellFragment>>,
  districts: ReadonlyArray<{ code: string; name: string; boundary: string | null }>,
  locale: Locale,
  t: Messages,
): Situation {
  const cells = getFragmentData(SituationCellFragment, cellRefs);
  const periods = new Map<string, string>();
  const units = new Map<string, string>();
  const byDistrict = new Map<string, Map<string, Cell>>();
  for (const cell of cells) {
    periods.set(cell.indicator.key, cell.period);
    units.set(cell.indicator.key, cell.rateUnit);
    const row = byDistrict.get(cell.district.code) ?? new Map<string, Cell>();
    row.set(cell.indicator.key, cell);
    byDistrict.set(cell.district.code, row);
  }
  const indicators = getFragmentData(SituationIndicatorFragment, indicatorRefs)
    .filter((indicator) => periods.has(indicator.key))
    .map((indicator) => ({
      ...indicator,
      label: indicatorName(indicator, locale),
      // The unit of the period shown: a year of a monthly count is per 1 000 inhabitants and year.
      unitLabel: indicatorUnit(
        {
          ...indicator,
          unit: units.get(indicator.key) ?? indicator.unit,
          frequency: granularityOf(periods.get(indicator.key)) ?? indicator.frequency,
        },
        locale,
        t,
      ),
      period: periods.get(indicator.key) ?? null,
    }))
    .sort(byCategoryAndName);
  const rows = districts.map((district) => ({
    code: district.code,
    name: district.name,
    partOfTown: partOfTownName(district.code, locale, t.map.otherGroup),
    boundary: district.boundary,
    cells: byDistrict.get(district.code) ?? new Map<string, Cell>(),
  }));
  return { indicators, rows };
}

/** The number a cell shows for the chosen measure; null when suppressed or missing. */
export function measureOf(cell: Cell | undefined, measure: Measure): number | null {
  if (!cell || cell.suppressed) return null;
  return measure === 'rate' ? cell.rate : cell.deviationPercent;
}

export function formatMeasure(value: number, measure: Measure, format: Format): string {
  return measure === 'rate' ? format.rate(value) : format.signedPercent(value);
}
