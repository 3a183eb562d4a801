import type { FollowUpEffect, TargetMovement } from '../gql/graphql';

interface Window {
  firstPeriod: string;
  lastPeriod: string;
  targetAreaRate: number | null;
  restRate: number | null;
  targetAreaWithheld: boolean;
  restWithheld: boolean;
}

/** What a follow-up needs from the situation picture, and whom it targets. */
export interface FollowUpFacts {
  districtCodes: ReadonlyArray<string>;
  startDate: string;
  progress: {
    effect: FollowUpEffect;
    movement: TargetMovement;
    baseline: number | null;
    baselineWindow: Window;
    latestWindow: Window | null | undefined;
  };
}

export type WindowName = 'baseline' | 'latest';
export type AreaName = 'target' | 'rest';

/** One thing a follow-up lacks, and why: each becomes a sentence, never an empty chart. */
export type FollowUpGap =
  | { kind: 'NO_LATEST' }
  | { kind: 'TOO_EARLY'; firstPeriod: string; lastPeriod: string; startDate: string }
  | { kind: 'WHOLE_MUNICIPALITY' }
  | {
      kind: 'WITHHELD' | 'MISSING';
      area: AreaName;
      window: WindowName;
      firstPeriod: string;
      lastPeriod: string;
    }
  | { kind: 'NO_BASELINE' };

/**
 * What keeps a follow-up from a verdict or a movement: no figures yet, too little time since the
 * start, a figure withheld to protect individuals (disclosure control), a missing figure, no rest
 * of the municipality to compare with, or no baseline. Empty when nothing is missing.
 */
export function followUpGaps({ districtCodes, startDate, progress }: FollowUpFacts): FollowUpGap[] {
  const gaps: FollowUpGap[] = [];
  const latest = progress.latestWindow ?? null;
  if (latest === null) {
    gaps.push({ kind: 'NO_LATEST' });
  } else if (progress.effect === 'TOO_EARLY') {
    gaps.push({
      kind: 'TOO_EARLY',
      firstPeriod: latest.firstPeriod,
      lastPeriod: latest.lastPeriod,
      startDate,
    });
  } else {
    const wholeMunicipality = districtCodes.length === 0;
    const windows: Array<[WindowName, Window]> = [
      ['baseline', progress.baselineWindow],
      ['latest', latest],
    ];
    for (const [window, w] of windows) {
      const areas: Array<[AreaName, number | null, boolean]> = [
        ['target', w.targetAreaRate, w.targetAreaWithheld],
        ...(wholeMunicipality
          ? []
          : [['rest', w.restRate, w.restWithheld] as [AreaName, number | null, boolean]]),
      ];
      for (const [area, rate, withheld] of areas) {
        if (withheld || rate === null) {
          gaps.push({
            kind: withheld ? 'WITHHELD' : 'MISSING',
            area,
            window,
            firstPeriod: w.firstPeriod,
            lastPeriod: w.lastPeriod,
          });
        }
      }
    }
    if (wholeMunicipality) gaps.push({ kind: 'WHOLE_MUNICIPALITY' });
  }
  if (progress.movement === 'UNKNOWN' && progress.baseline === null && gaps.length === 0) {
    gaps.push({ kind: 'NO_BASELINE' });
  }
  return gaps;
}

/** True when a chart of the two windows would have no bar to draw. */
export function nothingToChart(
  progress: Pick<FollowUpFacts['progress'], 'baselineWindow' | 'latestWindow'>,
): boolean {
  const windows = [progress.baselineWindow, progress.latestWindow ?? null];
  return windows.every((w) => w === null || (w.targetAreaRate === null && w.restRate === null));
}
