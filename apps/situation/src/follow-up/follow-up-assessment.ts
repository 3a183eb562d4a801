import type { Indicator } from '../indicator/indicator.entity';
import { IndicatorDirection, Normalisation } from '../indicator/indicator-enums';
import type { Period } from '@lagesbild/period';
import { ALPHA } from '../statistics/trend';
import { poolWindow, type IndicatorCells, type PooledArea, type WindowPools } from './area-pool';
import { PRE_TREND_ALPHA, testEffect, type EffectTest } from './effect-test';
import type { FollowUpRequest } from './follow-up-request';
import { baselineWindow, isTooEarly, yearEndingWith, type PeriodWindow } from './follow-up-windows';
import {
  BaselineSource,
  FollowUpEffect,
  type FollowUpProgress,
  type FollowUpWindow,
  type PreTrendCheck,
} from './follow-up.types';
import { meetsTarget, movementOf } from './target-movement';

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

const TESTED_AS = `Difference in differences of the baseline and latest year, tested as a quasi-Poisson log-linear model: ln((a₂/a₁)/(b₂/b₁)) for the target area (a) and the rest (b), standard error √(φ(1/a₁+1/a₂+1/b₁+1/b₂)) with the dispersion φ measured over three years before the start, Student's t, α = ${ALPHA}; parallel trends checked first (the slope of ln(a/b) before the start, p < ${PRE_TREND_ALPHA} means they diverge and no effect is claimed); only periods whose figures for both areas are published go in`;

const METHODS: Record<TestKind, string> = {
  COUNTS: `${TESTED_AS}; a and b are pooled rates, their events the counts`,
  NUMERATORS: `${TESTED_AS}; a and b are pooled shares, their events the numerators`,
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

function percent(fraction: number): string {
  return `${(Math.abs(fraction) * 100).toFixed(1)} %`;
}

function range(window: PeriodWindow): string {
  return window.first.equals(window.last) ? String(window.first) : `${window.first}–${window.last}`;
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

interface Verdict {
  effect: FollowUpEffect;
  note: string;
  effectTest: EffectTest | null;
}

/** The four window rates, in words, when all are published. */
function describeWindows(input: FollowUpInput, baseline: WindowPools, latest: WindowPools): string {
  const [t1, t2, r1, r2] = [baseline.target, latest.target, baseline.rest, latest.rest];
  if (t1.rate === null || t2.rate === null || r1.rate === null || r2.rate === null) return '';
  const did = t2.rate - t1.rate - (r2.rate - r1.rate);
  return `In the target districts the ${QUANTITY[input.indicator.normalisation]} went from ${format(t1.rate)} to ${format(t2.rate)}, in the rest of the municipality from ${format(r1.rate)} to ${format(r2.rate)}: a difference in differences of ${format(did)}. `;
}

/** Which periods the test used, when some were left out. */
function describePeriods(test: Extract<EffectTest, { outcome: 'TESTED' }>): string {
  if (test.tested === test.windowPeriods) return '';
  return `Tested over the ${test.tested} of ${test.windowPeriods} periods of the baseline and latest year whose figures are published: the target’s figure relative to the rest changed by a factor of ${test.test.ratio.toFixed(2)}. `;
}

function tooFewPeriods(test: Extract<EffectTest, { outcome: 'TOO_FEW_PERIODS' }>): string {
  const parts = test.counts.map(
    ({ window, published, total }) => `${published} of ${total} in ${range(window)}`,
  );
  return `Not enough published figures to test: the periods whose figures for both the target districts and the rest are published are ${parts.join(', ')}. The test needs at least 4 in the years before the start and half of each of the baseline and latest year; periods that would pool a figure too small to publish are left out.`;
}

function judge(
  input: FollowUpInput,
  baseline: WindowPools,
  latest: WindowPools | null,
  kind: TestKind,
): Verdict {
  const insufficient = (note: string, effectTest: EffectTest | null = null): Verdict => ({
    effect: FollowUpEffect.INSUFFICIENT_DATA,
    note,
    effectTest,
  });
  if (!latest) return insufficient('No final figures for this indicator yet: nothing to compare.');
  if (isTooEarly(latest.window, input.request.startDate)) {
    return {
      effect: FollowUpEffect.TOO_EARLY,
      note: `Too early to tell: the latest year of figures (${range(latest.window)}) begins before the start on ${input.request.startDate}; a verdict needs a full year of figures after the start.`,
      effectTest: null,
    };
  }
  if (input.restDistricts.length === 0) {
    return insufficient(
      'The intervention covers the whole municipality, so there is no rest to compare with; only the movement toward the target is given.',
    );
  }
  const described = describeWindows(input, baseline, latest);
  if (kind === 'NONE') {
    if (described === '') {
      const reasons = missingReasons([
        { label: 'baseline year', pools: baseline },
        { label: 'latest year', pools: latest },
      ]);
      return insufficient(`Not enough data: ${reasons.join('; ')}.`);
    }
    return {
      effect: FollowUpEffect.NO_CLEAR_DIFFERENCE,
      note: `${described}Untested: the values are not counts, so no test tells change from chance.`,
      effectTest: null,
    };
  }
  const effectTest = testEffect(
    input.cells,
    input.targetDistricts,
    input.restDistricts,
    baseline.window,
    latest.window,
  );
  if (effectTest.outcome === 'TOO_FEW_PERIODS') {
    return insufficient(`${described}${tooFewPeriods(effectTest)}`, effectTest);
  }
  if (effectTest.outcome === 'PRE_TRENDS_DIVERGE') {
    const { preTrend, preWindow } = effectTest;
    return {
      effect: FollowUpEffect.PRE_TRENDS_DIVERGE,
      note: `${described}Before the start the target districts and the rest of the municipality did not move in parallel: over ${range(preWindow)} the target ${preTrend.relativeChangePerYear > 0 ? 'rose' : 'fell'} by ${percent(preTrend.relativeChangePerYear)} a year relative to the rest (${formatP(preTrend.pValue)}). A difference in differences assumes parallel trends, so no effect is claimed: the change after the start could be that drift going on.`,
      effectTest,
    };
  }
  const { test } = effectTest;
  const basis = `${described}${describePeriods(effectTest)}`;
  if (!test.significant) {
    return {
      effect: FollowUpEffect.NO_CLEAR_DIFFERENCE,
      note: `${basis}That could be chance (${formatP(test.pValue)}): no clear difference from the rest of the municipality.`,
      effectTest,
    };
  }
  const fellRelatively = test.ratio < 1;
  const better =
    fellRelatively === (input.indicator.direction === IndicatorDirection.HIGHER_IS_WORSE);
  return {
    effect: better ? FollowUpEffect.BETTER_THAN_REST : FollowUpEffect.WORSE_THAN_REST,
    note: `${basis}That is ${better ? 'better' : 'worse'} than in the rest of the municipality (${input.indicator.direction === IndicatorDirection.HIGHER_IS_WORSE ? 'lower' : 'higher'} is better here) and unlikely to be chance (${formatP(test.pValue)}).`,
    effectTest,
  };
}

/** The parallel-trends check, as published. */
function preTrendCheck(effectTest: EffectTest | null): PreTrendCheck | null {
  if (!effectTest || effectTest.outcome === 'TOO_FEW_PERIODS') return null;
  const { preTrend, preWindow } = effectTest;
  return {
    firstPeriod: preWindow.first.toString(),
    lastPeriod: preWindow.last.toString(),
    periods: preTrend.periods,
    relativeChangePerYear: preTrend.relativeChangePerYear,
    pValue: preTrend.pValue,
    diverges: effectTest.outcome === 'PRE_TRENDS_DIVERGE',
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
  const tested = verdict.effectTest?.outcome === 'TESTED' ? verdict.effectTest : null;
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
    ratioOfRateRatios: tested?.test.ratio ?? null,
    ratioLower: tested?.test.lower ?? null,
    ratioUpper: tested?.test.upper ?? null,
    pValue: tested?.test.pValue ?? null,
    preTrend: preTrendCheck(verdict.effectTest),
    dispersion: tested?.dispersion.phi ?? null,
    testedPeriods: tested?.tested ?? null,
    windowPeriods: baseline.window.periods.length + (latest?.window.periods.length ?? 0),
    movement: movementOf(startingPoint, t2, request.target, indicator.direction),
    targetReached: t2 === null ? null : meetsTarget(t2, request.target, indicator.direction),
    effect: verdict.effect,
    method: METHODS[kind],
    note: verdict.note,
    synthetic: pools.some((pool) => pool.synthetic),
  };
}
