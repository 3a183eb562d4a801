import { InvalidInputError } from '@lagesbild/subgraph-kit';
import { districtRef } from '../district/district';
import type { FigureCache } from '../figure-cache/figure-cache';
import { IndicatorSeries } from '../figures/indicator-series';
import { PopulationLookup } from '../figures/population-lookup';
import type { IndicatorService } from '../indicator/indicator.service';
import type { ObservationService } from '../observation/observation.service';
import { isCoarser, Period, yearsOf, type Frequency } from '@lagesbild/period';
import { rateUnit } from '../figures/rate-unit';
import { IndicatorFrequency } from '../indicator/indicator-enums';
import type { Series, SeriesPoint } from './series.types';

/** Far enough back to include every observation when no start is given. */
const EARLIEST = '1900-01-01';
const LATEST = '9999-12-31';

/** Time series of one indicator per district, with the municipal series and reference lines. */
export class SeriesService {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly observations: ObservationService,
    private readonly cache: FigureCache,
  ) {}

  /** The series, computed once per change of the data (see FigureCache). */
  async series(
    indicatorKey: string,
    districtCodes?: string[] | null,
    fromText?: string | null,
    toText?: string | null,
    granularity?: Frequency | null,
  ): Promise<Series> {
    const from = fromText ? Period.input(fromText, 'from') : null;
    const to = toText ? Period.input(toText, 'to') : null;
    if (from && to && from.start > to.end) {
      throw new InvalidInputError('from', `"from" (${from}) comes after "to" (${to}).`);
    }
    const districts = districtCodes?.length ? districtCodes : null;
    const args = [
      indicatorKey,
      districts,
      from?.toString() ?? null,
      to?.toString() ?? null,
      granularity ?? null,
    ];
    return this.cache.get('series', args, () =>
      this.compute(indicatorKey, districts, from, to, granularity ?? null),
    );
  }

  private async compute(
    indicatorKey: string,
    districtCodes: string[] | null,
    from: Period | null,
    to: Period | null,
    granularity: Frequency | null,
  ): Promise<Series> {
    const indicator = await this.indicators.findByKey(indicatorKey);
    const shown =
      granularity && isCoarser(granularity, indicator.frequency)
        ? granularity
        : indicator.frequency;
    const window = {
      indicatorId: indicator.id,
      from: from?.start ?? EARLIEST,
      to: to?.end ?? LATEST,
    };
    const [rows, referenceRows] = await Promise.all([
      this.observations.inWindows([window]),
      this.observations.references(window),
    ]);
    const periods = periodRange(rows.map((row) => Period.parse(row.period)));
    const populations = new PopulationLookup(await this.observations.populations(yearsOf(periods)));
    const districts = districtCodes?.length ? [...new Set(districtCodes)] : populations.districts();
    const unknown = districts.filter((code) => !populations.has(code));
    if (unknown.length > 0) {
      throw new InvalidInputError(
        'districts',
        `Unknown district ${unknown.map((c) => `"${c}"`).join(', ')}: no population figures for it.`,
      );
    }

    const figures = new IndicatorSeries(indicator, periods, rows, populations);
    const points = shownPeriods(periods, shown);
    const municipal: SeriesPoint[] = points.map((period) => {
      const at = figures.at(period);
      return {
        period: period.toString(),
        value: at?.municipal ?? null,
        rate: at?.municipal ?? null,
        suppressed: at?.municipalSuppressed ?? false,
        provisional: [...(at?.districts.values() ?? [])].some((d) => d.provisional),
        reportedDistricts: at?.reportedDistricts ?? 0,
        expectedDistricts: at?.expectedDistricts ?? figures.expected.size,
      };
    });
    const references = new Map<string, SeriesPoint[]>();
    for (const row of referenceRows) {
      const points = references.get(row.areaCode) ?? [];
      points.push({
        period: row.period,
        value: row.value,
        rate: row.value,
        suppressed: false,
        provisional: false,
        reportedDistricts: null,
        expectedDistricts: null,
      });
      references.set(row.areaCode, points);
    }
    return {
      indicator,
      granularity: IndicatorFrequency[shown],
      rateUnit: rateUnit(indicator, shown),
      synthetic: rows.some((row) => row.synthetic) || referenceRows.some((row) => row.synthetic),
      municipal,
      districts: districts.map((code) => ({
        district: districtRef(code),
        points: points.map((period) => {
          const figure = figures.district(period, code);
          return {
            period: period.toString(),
            value: figure?.value ?? null,
            rate: figure?.rate ?? null,
            suppressed: figure?.suppressed ?? false,
            provisional: figure?.provisional ?? false,
            reportedDistricts: null,
            expectedDistricts: null,
          };
        }),
      })),
      references: [...references].map(([areaCode, points]) => ({ areaCode, points })),
    };
  }
}

/** The periods of `frequency` that the indicator's own periods fall in, oldest first. */
function shownPeriods(periods: Period[], frequency: Frequency): Period[] {
  const shown = new Map<string, Period>();
  for (const period of periods) {
    const within = period.within(frequency);
    shown.set(within.toString(), within);
  }
  return [...shown.values()];
}

/** Every period from the earliest to the latest given, without gaps. */
function periodRange(periods: Period[]): Period[] {
  const frequency = periods[0]?.frequency;
  if (!frequency) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const period of periods) {
    first = Math.min(first, period.index);
    last = Math.max(last, period.index);
  }
  return Array.from({ length: last - first + 1 }, (_, i) => Period.fromIndex(frequency, first + i));
}
