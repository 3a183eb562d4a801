import { districtRef } from '../district/district';
import type { FigureCache } from '../figure-cache/figure-cache';
import { IndicatorSeries, periodsEndingWith } from '../figures/indicator-series';
import { PopulationLookup } from '../figures/population-lookup';
import type { Indicator } from '../indicator/indicator.entity';
import type { IndicatorService } from '../indicator/indicator.service';
import type { ObservationService } from '../observation/observation.service';
import { Period, yearsOf } from '@lagesbild/period';
import { rateUnit } from '../figures/rate-unit';
import type { PeriodCoverageService } from '../period/period-coverage.service';
import type { PeriodCoverage } from '../period/period-coverage.types';
import type { IndicatorFrequency } from '../indicator/indicator-enums';
import { TREND_WINDOW } from '../statistics/trend';
import type { MunicipalFigure, SituationCell, SituationPicture } from './situation-picture.types';

function relative(rate: number | null, municipal: number | null): number | null {
  return rate === null || !municipal ? null : (rate / municipal - 1) * 100;
}

function gap(rate: number | null, target: number | null): number | null {
  return rate === null || target === null ? null : rate - target;
}

/**
 * Builds the situation picture in a fixed number of SQL statements — the indicators, their latest
 * final periods, every observation in their trend windows, and the populations — and computes
 * rates, municipal figures, disclosure control, changes and trends in memory.
 */
export class SituationPictureService {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly observations: ObservationService,
    private readonly coverage: PeriodCoverageService,
    private readonly cache: FigureCache,
  ) {}

  /** The months, quarters or years the indicators' data covers, with how many districts reported each. */
  async periods(
    granularity: IndicatorFrequency,
    keys?: string[] | null,
  ): Promise<PeriodCoverage[]> {
    const selection = keys?.length ? keys : null;
    return this.cache.get('periods', [granularity, selection], async () =>
      this.coverage.coverage(granularity, await this.indicators.forPicture(selection)),
    );
  }

  /**
   * The picture, computed once per change of the data (see FigureCache). Async, so that a refused
   * argument is a rejection like any other, also inside a DataLoader's batch.
   */
  async picture(periodText?: string | null, keys?: string[] | null): Promise<SituationPicture> {
    const requested = periodText ? Period.input(periodText, 'period') : null;
    const selection = keys?.length ? keys : null;
    return this.cache.get('picture', [requested?.toString() ?? null, selection], () =>
      this.compute(requested, selection),
    );
  }

  private async compute(
    requested: Period | null,
    keys: string[] | null,
  ): Promise<SituationPicture> {
    const indicators = await this.indicators.forPicture(keys);
    if (requested) await this.coverage.checkWithinData(requested, indicators, 'period');
    const targets = await this.targetPeriods(indicators, requested);
    const series = await this.load(indicators, targets);
    const populations = series.populations;

    const cells: SituationCell[] = [];
    const municipal: MunicipalFigure[] = [];
    for (const indicator of indicators) {
      const target = targets.get(indicator.id);
      const figures = series.byIndicator.get(indicator.id);
      if (!target || !figures) continue;
      const previous = target.previous();
      const yearEarlier = target.yearEarlier();
      const municipalValue = figures.municipal(target);
      // Trends are tested on the indicator's own periods, up to the last one shown.
      const lastPart = target.latestOf(indicator.frequency);
      const unit = rateUnit(indicator, target.frequency);
      const at = figures.at(target);
      for (const district of populations.districts()) {
        const figure = figures.district(target, district);
        const rate = figure?.rate ?? null;
        cells.push({
          district: districtRef(district),
          indicator,
          period: target.toString(),
          rateUnit: unit,
          value: figure?.value ?? null,
          rate,
          suppressed: figure?.suppressed ?? false,
          provisional: figure?.provisional ?? false,
          municipalValue,
          deviation: rate === null || municipalValue === null ? null : rate - municipalValue,
          deviationPercent: relative(rate, municipalValue),
          changeFromPrevious: figures.districtChange(target, previous, district),
          changeFromYearEarlier: figures.districtChange(target, yearEarlier, district),
          trend: figures.districtTrend(district, lastPart),
          targetGap: gap(rate, indicator.target),
        });
      }
      municipal.push({
        indicator,
        period: target.toString(),
        rateUnit: unit,
        value: municipalValue,
        suppressed: at?.municipalSuppressed ?? false,
        reportedDistricts: at?.reportedDistricts ?? 0,
        expectedDistricts: at?.expectedDistricts ?? populations.districts().length,
        complete: at !== undefined && at.reportedDistricts >= at.expectedDistricts,
        changeFromPrevious: figures.municipalChange(target, previous),
        changeFromYearEarlier: figures.municipalChange(target, yearEarlier),
        trend: figures.municipalTrend(lastPart),
        targetGap: gap(municipalValue, indicator.target),
      });
    }
    return { period: requested?.toString() ?? null, synthetic: series.synthetic, cells, municipal };
  }

  /**
   * The period each indicator is shown for: the one asked for when the indicator is measured
   * more often (a year of a monthly indicator), else its latest period ending within it; without
   * one, its latest final period.
   */
  private async targetPeriods(
    indicators: Indicator[],
    requested: Period | null,
  ): Promise<Map<string, Period>> {
    if (requested) {
      return new Map(
        indicators.map((i) => [
          i.id,
          requested.isCoarserThan(i.frequency) ? requested : requested.latestOf(i.frequency),
        ]),
      );
    }
    const latest = await this.observations.latestFinalPeriods(indicators.map((i) => i.id));
    return new Map([...latest].map(([indicatorId, period]) => [indicatorId, Period.parse(period)]));
  }

  private async load(indicators: Indicator[], targets: Map<string, Period>) {
    const windows = indicators.flatMap((indicator) => {
      const target = targets.get(indicator.id);
      if (!target) return [];
      // The trend window in the indicator's own periods, which also holds the parts of the
      // period shown, the one before and the one a year earlier.
      const periods = periodsEndingWith(
        target.latestOf(indicator.frequency),
        TREND_WINDOW[indicator.frequency],
      );
      return [
        {
          indicator,
          periods,
          from: periods[0] ?? target,
          to: periods[periods.length - 1] ?? target,
        },
      ];
    });
    const [rows, populationRows] = await Promise.all([
      this.observations.inWindows(
        windows.map(({ indicator, from, to }) => ({
          indicatorId: indicator.id,
          from: from.start,
          to: to.start,
        })),
      ),
      this.observations.populations(yearsOf(windows.flatMap(({ periods }) => periods))),
    ]);
    const populations = new PopulationLookup(populationRows);
    const byIndicator = new Map<string, IndicatorSeries>();
    for (const { indicator, periods } of windows) {
      const own = rows.filter((row) => row.indicatorId === indicator.id);
      byIndicator.set(indicator.id, new IndicatorSeries(indicator, periods, own, populations));
    }
    return { byIndicator, populations, synthetic: rows.some((row) => row.synthetic) };
  }
}
