import { createRandom } from '@lagesbild/demo-data';
import {
  IndicatorCategory,
  IndicatorDirection,
  IndicatorFrequency,
  Normalisation,
} from '../indicator/indicator-enums';
import { Indicator } from '../indicator/indicator.entity';
import { Period } from '@lagesbild/period';
import { assessTrend, TREND_WINDOW } from '../statistics/trend';
import { IndicatorSeries, periodsEndingWith } from './indicator-series';
import type { ObservationRow } from './period-figures';
import { PopulationLookup } from './population-lookup';

const indicator = Object.assign(new Indicator(), {
  id: 'i',
  key: 'crime_small',
  frequency: IndicatorFrequency.MONTH,
  direction: IndicatorDirection.HIGHER_IS_WORSE,
  normalisation: Normalisation.PER_1000_INHABITANTS,
  category: IndicatorCategory.CRIME,
  suppressionThreshold: 5,
  target: null,
});

const FIRST = Period.of('MONTH', 2021, 1);
const MONTHS = 60;

/** A random municipality: small districts with counts around the threshold, some trending. */
function randomTable(seed: number) {
  const random = createRandom(seed);
  const districts = Array.from({ length: random.number.int({ min: 5, max: 10 }) }, (_, i) => ({
    code: `d${i}`,
    population: random.number.int({ min: 800, max: 6000 }),
    level: random.helpers.arrayElement([1, 2, 4, 8, 15]),
    slope: random.helpers.arrayElement([-0.08, 0, 0, 0.08]),
  }));
  const rows: ObservationRow[] = [];
  for (let m = 0; m < MONTHS; m++) {
    for (const d of districts) {
      const mean = Math.max(0, d.level + d.slope * m);
      rows.push({
        districtCode: d.code,
        period: FIRST.plus(m).toString(),
        value: Math.max(0, Math.round(mean + random.number.int({ min: -2, max: 2 }))),
        numerator: null,
        denominator: null,
        provisional: false,
      });
    }
  }
  const populations = new PopulationLookup(
    [2021, 2022, 2023, 2024, 2025].flatMap((year) =>
      districts.map((d) => ({
        districtCode: d.code,
        period: String(year),
        value: d.population + (year - 2021) * 37,
      })),
    ),
  );
  return { districts: districts.map((d) => d.code), rows, populations };
}

/** Everything published for every window the situation picture can show, as JSON. */
function published(rows: ObservationRow[], populations: PopulationLookup, districts: string[]) {
  const window = TREND_WINDOW.MONTH;
  const pictures: unknown[] = [];
  for (let m = 23; m < MONTHS; m++) {
    const target = FIRST.plus(m);
    const series = new IndicatorSeries(
      indicator,
      periodsEndingWith(target, window),
      rows,
      populations,
    );
    const figures = districts.map((d) => {
      const { value, rate, suppressed } = series.district(target, d)!;
      return { d, value, rate, suppressed, trend: series.districtTrend(d, target) };
    });
    const at = series.at(target)!;
    pictures.push({
      target: target.toString(),
      figures,
      municipal: at.municipal,
      withheld: at.municipalSuppressed,
      trend: series.municipalTrend(target),
    });
  }
  return JSON.stringify(pictures);
}

/**
 * Another table that publishes exactly the same figures: within each period, one unit moves
 * between two hidden cells (two below the threshold, or one below it and the only secondary
 * cell), so the hidden sum, the municipal figure and every published count stay as they were.
 */
function alternative(rows: ObservationRow[], populations: PopulationLookup, seed: number) {
  const random = createRandom(seed);
  const byPeriod = new Map<string, ObservationRow[]>();
  for (const row of rows) byPeriod.set(row.period, [...(byPeriod.get(row.period) ?? []), row]);
  const changed = new Map<ObservationRow, number>();
  for (const [period, list] of byPeriod) {
    const series = new IndicatorSeries(indicator, [Period.parse(period)], list, populations);
    const hidden = list.filter(
      (r) => series.district(Period.parse(period), r.districtCode)!.suppressed,
    );
    const t = indicator.suppressionThreshold;
    const primaries = hidden.filter((r) => r.value < t);
    const secondaries = hidden.filter((r) => r.value >= t);
    const from = random.helpers.arrayElement(hidden);
    const to = random.helpers.arrayElement(hidden.filter((r) => r !== from).concat([from]));
    if (from === to || from.value === 0) continue;
    const bothPrimary = primaries.includes(from) && primaries.includes(to);
    const onlySecondary =
      secondaries.length === 1 && (secondaries.includes(from) || secondaries.includes(to));
    if (!bothPrimary && !onlySecondary) continue;
    const up = to.value + 1;
    const down = from.value - 1;
    if (primaries.includes(to) && up >= t) continue;
    if (secondaries.includes(from) && down < t) continue;
    changed.set(from, down);
    changed.set(to, up);
  }
  return {
    rows: rows.map((r) => (changed.has(r) ? { ...r, value: changed.get(r)! } : r)),
    changed: changed.size,
  };
}

describe('trends give no hidden count away', () => {
  it('publish the same trends, in every overlapping window, whatever the hidden counts', () => {
    // About 3 s: 12 random municipalities, 37 windows each, against two alternative tables.
    let changedCells = 0;
    let windowsTheOldTrendWouldTell = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const { districts, rows, populations } = randomTable(seed);
      const original = published(rows, populations, districts);
      for (const variant of [1, 2]) {
        const other = alternative(rows, populations, seed * 100 + variant);
        changedCells += other.changed;
        // Same published figures, the same trends: the solver has nothing to tell them apart.
        expect(published(other.rows, populations, districts)).toBe(original);
        // Trends on the rates before suppression (the old way) would have told them apart.
        for (const d of districts) {
          const trueTrend = (table: ObservationRow[]) =>
            JSON.stringify(
              assessTrend(
                table
                  .filter((r) => r.districtCode === d && r.period >= '2022-01')
                  .slice(0, 36)
                  .map((r) => ({
                    period: Period.parse(r.period),
                    rate:
                      (r.value / populations.populationOf(d, Number(r.period.slice(0, 4)))!) * 1000,
                  })),
                'MONTH',
                IndicatorDirection.HIGHER_IS_WORSE,
              ),
            );
          if (trueTrend(rows) !== trueTrend(other.rows)) windowsTheOldTrendWouldTell += 1;
        }
      }
    }
    expect(changedCells).toBeGreaterThan(500);
    expect(windowsTheOldTrendWouldTell).toBeGreaterThan(20);
  });

  it('counts hidden periods: below the threshold as censored and tied, the others left out', () => {
    const { districts, rows, populations } = randomTable(3);
    const target = FIRST.plus(MONTHS - 1);
    const periods = periodsEndingWith(target, 36);
    const series = new IndicatorSeries(indicator, periods, rows, populations);
    let censored = 0;
    let leftOut = 0;
    for (const d of districts) {
      const figures = periods.map((p) => series.district(p, d)!);
      const hidden = figures.filter((f) => f.suppressed).length;
      const used = figures.filter((f) => !f.suppressed || f.belowThreshold).length;
      censored += figures.filter((f) => f.belowThreshold).length;
      leftOut += figures.filter((f) => f.suppressed && !f.belowThreshold).length;
      const trend = series.districtTrend(d, target);
      if (used < 24) expect(trend).toBeNull();
      else expect(trend).toMatchObject({ periods: used, hiddenPeriods: hidden });
    }
    expect(censored).toBeGreaterThan(0);
    expect(leftOut).toBeGreaterThan(0);
  });

  it('finds a fall below the threshold: censored periods count as the lowest', () => {
    // 24 months at 12, then 12 months hidden below 5: a clear decrease, not a lack of data.
    const rows: ObservationRow[] = Array.from({ length: 36 }, (_, m) => [
      { district: 'a', value: m < 24 ? 12 : 2 },
      { district: 'b', value: 40 },
      { district: 'c', value: 41 },
    ]).flatMap((cells, m) =>
      cells.map(({ district, value }) => ({
        districtCode: district,
        period: FIRST.plus(m).toString(),
        value,
        numerator: null,
        denominator: null,
        provisional: false,
      })),
    );
    const populations = new PopulationLookup(
      ['a', 'b', 'c'].flatMap((d) =>
        ['2021', '2022', '2023'].map((period) => ({ districtCode: d, period, value: 1000 })),
      ),
    );
    const target = FIRST.plus(35);
    const series = new IndicatorSeries(indicator, periodsEndingWith(target, 36), rows, populations);
    expect(series.district(target, 'a')).toMatchObject({ suppressed: true, belowThreshold: true });
    expect(series.districtTrend('a', target)).toMatchObject({
      direction: 'DECREASING',
      significant: true,
      periods: 36,
      hiddenPeriods: 12,
    });
  });
});
