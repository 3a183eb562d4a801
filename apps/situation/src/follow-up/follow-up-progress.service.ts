import { InvalidInputError } from '@lagesbild/subgraph-kit';
import type { FigureCache } from '../figure-cache/figure-cache';
import { ruleOf } from '../figures/indicator-series';
import { PopulationLookup } from '../figures/population-lookup';
import type { Indicator } from '../indicator/indicator.entity';
import type { IndicatorService } from '../indicator/indicator.service';
import type { ObservationService, ObservationWindow } from '../observation/observation.service';
import { Period, yearsOf } from '@lagesbild/period';
import { IndicatorCells } from './area-pool';
import { assessFollowUp } from './follow-up-assessment';
import type { FollowUpIndicator } from './follow-up-indicator';
import type { FollowUpRequest } from './follow-up-request';
import { preTrendWindow } from './effect-test';
import { baselineWindow, yearEndingWith, type PeriodWindow } from './follow-up-windows';

/** A request with the windows it needs. */
interface FollowUpLayout {
  request: FollowUpRequest;
  indicator: Indicator;
  latestFinal: Period | null;
  windows: PeriodWindow[];
}

/** A request checked against the data: its windows and the districts it compares. */
interface FollowUpPlan extends FollowUpLayout {
  targetDistricts: string[];
  restDistricts: string[];
}

/**
 * Computes the progress of any number of follow-up indicators in a fixed number of SQL
 * statements: the indicator catalogue, the latest final periods, the populations of the years
 * the windows cover, and every observation in every window needed, read in one set-based
 * statement.
 */
export class FollowUpProgressService {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly observations: ObservationService,
    private readonly cache: FigureCache,
  ) {}

  /**
   * One answer per request, in order: the follow-up with its progress, or what is wrong with it;
   * computed once per change of the data for the same requests (see FigureCache).
   */
  progress(requests: readonly FollowUpRequest[]): Promise<(FollowUpIndicator | Error)[]> {
    return this.cache.get('follow-up', requests, () => this.compute(requests));
  }

  private async compute(
    requests: readonly FollowUpRequest[],
  ): Promise<(FollowUpIndicator | Error)[]> {
    const catalogue = await this.indicators.findAll();
    const byKey = new Map(catalogue.map((indicator) => [indicator.key, indicator]));
    const known = [...new Set(requests.flatMap((r) => byKey.get(r.indicatorKey)?.id ?? []))];
    if (known.length === 0) {
      return requests.map((request) => unknownIndicator(request, catalogue));
    }
    const latest = await this.observations.latestFinalPeriods(known);
    const layouts = requests.map((request) => {
      const indicator = byKey.get(request.indicatorKey);
      if (!indicator) return unknownIndicator(request, catalogue);
      const latestFinal = latest.get(indicator.id);
      return layOut(request, indicator, latestFinal ? Period.parse(latestFinal) : null);
    });
    const periods = layouts.flatMap((entry) =>
      entry instanceof Error ? [] : entry.windows.flatMap((window) => window.periods),
    );
    const populations = new PopulationLookup(await this.observations.populations(yearsOf(periods)));
    const plans = layouts.map((entry) =>
      entry instanceof Error ? entry : withDistricts(entry, populations),
    );

    const windows = new Map<string, ObservationWindow>();
    for (const entry of plans) {
      if (entry instanceof Error) continue;
      for (const window of entry.windows) {
        const read = {
          indicatorId: entry.indicator.id,
          from: window.first.start,
          to: window.last.start,
        };
        windows.set(`${read.indicatorId}|${read.from}|${read.to}`, read);
      }
    }
    const rows = windows.size > 0 ? await this.observations.inWindows([...windows.values()]) : [];
    const cells = new Map<string, IndicatorCells>();
    const cellsOf = (indicator: Indicator): IndicatorCells => {
      const cached = cells.get(indicator.id);
      if (cached) return cached;
      const own = rows.filter((row) => row.indicatorId === indicator.id);
      const created = new IndicatorCells(ruleOf(indicator), own, populations);
      cells.set(indicator.id, created);
      return created;
    };

    return plans.map((entry) =>
      entry instanceof Error
        ? entry
        : {
            ...entry.request,
            progress: assessFollowUp({ ...entry, cells: cellsOf(entry.indicator) }),
          },
    );
  }
}

function unknownIndicator(request: FollowUpRequest, catalogue: Indicator[]): InvalidInputError {
  return new InvalidInputError(
    'indicatorKey',
    `Unknown indicator "${request.indicatorKey}". Known: ${catalogue.map((i) => i.key).join(', ')}.`,
  );
}

/**
 * The request's windows: the years before its start that the parallel-trends check reads (they
 * end with the baseline year) and the latest final year.
 */
function layOut(
  request: FollowUpRequest,
  indicator: Indicator,
  latestFinal: Period | null,
): FollowUpLayout {
  const windows = [preTrendWindow(baselineWindow(indicator.frequency, request.startDate))];
  if (latestFinal) windows.push(yearEndingWith(latestFinal));
  return { request, indicator, latestFinal, windows };
}

/**
 * Checks the districts (each must have a population) and splits the municipality into target
 * districts and the rest. No districts means the whole municipality.
 */
function withDistricts(
  layout: FollowUpLayout,
  populations: PopulationLookup,
): FollowUpPlan | InvalidInputError {
  const { request } = layout;
  const unknown = request.districtCodes.filter((code) => !populations.has(code));
  if (unknown.length > 0) {
    return new InvalidInputError(
      'districtCodes',
      `Unknown district ${unknown.map((c) => `"${c}"`).join(', ')}: no population figures for it.`,
    );
  }
  const all = populations.districts();
  const targets = new Set(request.districtCodes.length > 0 ? request.districtCodes : all);
  return {
    ...layout,
    targetDistricts: [...targets].sort(),
    restDistricts: all.filter((code) => !targets.has(code)),
  };
}
