import type { Indicator } from '../indicator/indicator.entity';
import { IndicatorDirection, Normalisation } from '../indicator/indicator-enums';
import type { Period } from '@lagesbild/period';
import {
  ratioOfRateRatios,
  type AreaChange,
  type RatioOfRatesResult,
} from '../statistics/difference-in-differences';
import { ALPHA } from '../statistics/trend';
import { poolWindow, type IndicatorCells, type PooledArea, type WindowPools } from './area-pool';
import type { FollowUpRequest } from './follow-up-request';
import { baselineWindow, isTooEarly, yearEndingWith, type PeriodWindow } from './follow-up-windows';
import {
  BaselineSource,
  FollowUpEffect,
  TargetMovement,
  type FollowUpProgress,
  type FollowUpWindow,
} from './follow-up.types';

export interface FollowUpInput {
  indicator: Indicator;
  request: FollowUpRequest;
  cells: IndicatorCells;
  targetDistricts: string[];
  restDistricts: string[];
  /** The indicator's latest period with final figures; null when it has none. */
  latestFinal: Period | null;
}

type TestKind = 'COUNTS' | 'NUMERATORS' | 'NONE';

const METHODS: Record<TestKind, string> = {
  COUNTS: `Difference in differences of pooled rates, tested as a Poisson log-linear model: ln((a₂/a₁)/(b₂/b₁)) from the rates of the target area (a) and the rest (b), standard error √(1/a₁+1/a₂+1/b₁+1/b₂) from the event counts, two-sided normal test, α = ${ALPHA}`,
  NUMERATORS: `Difference in differences of pooled shares, tested as a Poisson log-linear model: ln((a₂/a₁)/(b₂/b₁)) from the shares of the target area (a) and the rest (b), standard error √(1/a₁+1/a₂+1/b₁+1/b₂) from the numerators, two-sided normal test, α = ${ALPHA}`,
  NONE: 'Difference in differences of pooled values, untested: the values are not counts',
};

const QUANTITY: Record<Normalisation, string> = {
  PER_1000_INHABITANTS: 'rate',
  SHARE: 'share',
  AS_IS: 'value',
};

function minus(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

function format(value: number): string {
  return value.toFixed(2).replace('-', '−');
}

function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

function range(window: PeriodWindow): string {
  return window.first.equals(window.last) ? String(window.first) : `${window.first}–${window.last}`;
}

/** Whether the latest rate is closer to the target than the baseline was. */
export function movementOf(
  baseline: number | null,
  latest: number | null,
  target: number,
): TargetMovement {
  if (baseline === null || latest === null) return TargetMovement.UNKNOWN;
  const before = Math.abs(baseline - target);
  const now = Math.abs(latest - target);
  if (Math.abs(now - before) <= 1e-9 * Math.max(1, Math.abs(target))) {
    return TargetMovement.NO_CHANGE;
  }
  return now < before ? TargetMovement.TOWARD_TARGET : TargetMovement.AWAY_FROM_TARGET;
}

function testKind(indicator: Indicator, pools: PooledArea[]): TestKind {
  if (indicator.normalisation === Normalisation.PER_1000_INHABITANTS) return 'COUNTS';
  if (indicator.normalisation === Normalisation.SHARE) {
    const published = pools.filter((pool) => pool.rate !== null);
    if (published.every((pool) => pool.events !== null)) return 'NUMERATORS';
  }
  return 'NONE';
}

/** Why the four pooled rates are not all there: per window, what is withheld and what is missing. */
function missingReasons(windows: { label: string; pools: WindowPools }[]): string[] {
  return windows.flatMap(({ label, pools }) => {
    const areas = [
      { name: 'the target districts', pool: pools.target },
      { name: 'the rest of the municipality', pool: pools.rest },
    ].filter(({ pool }) => pool.rate === null);
    const when = `in the ${label} (${range(pools.window)})`;
    const withheld = areas.filter(({ pool }) => pool.withheld).map(({ name }) => name);
    const missing = areas.filter(({ pool }) => !pool.withheld).map(({ name }) => name);
    const plural = (names: string[]) => names.length > 1;
    return [
      ...(withheld.length > 0
        ? [
            `the ${plural(withheld) ? 'figures' : 'figure'} for ${withheld.join(' and ')} ${when} ${plural(withheld) ? 'are' : 'is'} withheld, as ${plural(withheld) ? 'they' : 'it'} would pool figures too small to publish`,
          ]
        : []),
      ...(missing.length > 0 ? [`figures are missing for ${missing.join(' and ')} ${when}`] : []),
    ];
  });
}

/** An area's published rates and events before and after; null when any is missing. */
function areaChange(before: PooledArea, after: PooledArea): AreaChange | null {
  if (before.rate === null || after.rate === null) return null;
  if (before.events === null || after.events === null) return null;
  return {
    before: { rate: before.rate, events: before.events },
    after: { rate: after.rate, events: after.events },
  };
}

interface Verdict {
  effect: FollowUpEffect;
  note: string;
  test: RatioOfRatesResult | null;
}

function judge(
  input: FollowUpInput,
  baseline: WindowPools,
  latest: WindowPools | null,
  kind: TestKind,
): Verdict {
  const insufficient = (note: string): Verdict => ({
    effect: FollowUpEffect.INSUFFICIENT_DATA,
    note,
    test: null,
  });
  if (!latest) return insufficient('No final figures for this indicator yet: nothing to compare.');
  if (isTooEarly(latest.window, input.request.startDate)) {
    return {
      effect: FollowUpEffect.TOO_EARLY,
      note: `Too early to tell: the latest year of figures (${range(latest.window)}) begins before the start on ${input.request.startDate}; a verdict needs a full year of figures after the start.`,
      test: null,
    };
  }
  if (input.restDistricts.length === 0) {
    return insufficient(
      'The intervention covers the whole municipality, so there is no rest to compare with; only the movement toward the target is given.',
    );
  }
  const [t1, t2, r1, r2] = [baseline.target, latest.target, baseline.rest, latest.rest];
  if (t1.rate === null || t2.rate === null || r1.rate === null || r2.rate === null) {
    const reasons = missingReasons([
      { label: 'baseline year', pools: baseline },
      { label: 'latest year', pools: latest },
    ]);
    return insufficient(`Not enough data: ${reasons.join('; ')}.`);
  }
  const did = t2.rate - t1.rate - (r2.rate - r1.rate);
  const described = `In the target districts the ${QUANTITY[input.indicator.normalisation]} went from ${format(t1.rate)} to ${format(t2.rate)}, in the rest of the municipality from ${format(r1.rate)} to ${format(r2.rate)}: a difference in differences of ${format(did)}.`;
  const targetChange = areaChange(t1, t2);
  const restChange = areaChange(r1, r2);
  if (kind === 'NONE' || !targetChange || !restChange) {
    return {
      effect: FollowUpEffect.NO_CLEAR_DIFFERENCE,
      note: `${described} Untested: the values are not counts, so no test tells change from chance.`,
      test: null,
    };
  }
  const test = ratioOfRateRatios(targetChange, restChange);
  if (!test) {
    return insufficient(`${described} A window without any events leaves nothing to test.`);
  }
  if (!test.significant) {
    return {
      effect: FollowUpEffect.NO_CLEAR_DIFFERENCE,
      note: `${described} That could be chance (${formatP(test.pValue)}): no clear difference from the rest of the municipality.`,
      test,
    };
  }
  const fellRelatively = test.ratio < 1;
  const better =
    fellRelatively === (input.indicator.direction === IndicatorDirection.HIGHER_IS_WORSE);
  return {
    effect: better ? FollowUpEffect.BETTER_THAN_REST : FollowUpEffect.WORSE_THAN_REST,
    note: `${described} That is ${better ? 'better' : 'worse'} than in the rest of the municipality (${input.indicator.direction === IndicatorDirection.HIGHER_IS_WORSE ? 'lower' : 'higher'} is better here) and unlikely to be chance (${formatP(test.pValue)}).`,
    test,
  };
}

function windowFigures(pools: WindowPools): FollowUpWindow {
  return {
    firstPeriod: pools.window.first.toString(),
    lastPeriod: pools.window.last.toString(),
    targetAreaRate: pools.target.rate,
    restRate: pools.rest.rate,
    targetAreaWithheld: pools.target.withheld,
    restWithheld: pools.rest.withheld,
  };
}

/**
 * The progress of one follow-up indicator: the baseline and latest year pooled in the target
 * districts and the rest of the municipality, the difference in differences and its test, and
 * the movement toward the target.
 */
export function assessFollowUp(input: FollowUpInput): FollowUpProgress {
  const { indicator, request, cells, targetDistricts, restDistricts, latestFinal } = input;
  const baseline = poolWindow(
    cells,
    targetDistricts,
    restDistricts,
    baselineWindow(indicator.frequency, request.startDate),
  );
  const latest = latestFinal
    ? poolWindow(cells, targetDistricts, restDistricts, yearEndingWith(latestFinal))
    : null;
  const pools = [baseline.target, baseline.rest, ...(latest ? [latest.target, latest.rest] : [])];
  const kind = testKind(indicator, pools);
  const verdict = judge(input, baseline, latest, kind);

  const t1 = baseline.target.rate;
  const t2 = latest?.target.rate ?? null;
  const targetAreaChange = minus(t2, t1);
  const restChange = minus(latest?.rest.rate ?? null, baseline.rest.rate);
  const startingPoint = request.baseline ?? t1;
  return {
    baselineWindow: windowFigures(baseline),
    latestWindow: latest ? windowFigures(latest) : null,
    target: request.target,
    baseline: startingPoint,
    baselineSource:
      request.baseline !== null
        ? BaselineSource.STATED
        : t1 !== null
          ? BaselineSource.MEASURED
          : null,
    targetAreaChange,
    restChange,
    differenceInDifferences: minus(targetAreaChange, restChange),
    ratioOfRateRatios: verdict.test?.ratio ?? null,
    ratioLower: verdict.test?.lower ?? null,
    ratioUpper: verdict.test?.upper ?? null,
    pValue: verdict.test?.pValue ?? null,
    movement: movementOf(startingPoint, t2, request.target),
    targetReached:
      t2 === null
        ? null
        : indicator.direction === IndicatorDirection.HIGHER_IS_WORSE
          ? t2 <= request.target
          : t2 >= request.target,
    effect: verdict.effect,
    method: METHODS[kind],
    note: verdict.note,
    synthetic: pools.some((pool) => pool.synthetic),
  };
}
