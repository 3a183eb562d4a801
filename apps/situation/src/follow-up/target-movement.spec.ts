import 'reflect-metadata';
import { IndicatorDirection } from '../indicator/indicator-enums';
import { TargetMovement } from './follow-up.types';
import { meetsTarget, movementOf } from './target-movement';

const { HIGHER_IS_BETTER: UP, HIGHER_IS_WORSE: DOWN } = IndicatorDirection;

describe('movement toward the target, by direction and the side it started on', () => {
  it('reads the homework-help case (eligibility 100 → 95.45, target 90) as away from the target', () => {
    expect(movementOf(100, 95.45, 90, UP)).toBe(TargetMovement.AWAY_FROM_TARGET);
    // It still meets the target, which the follow-up says separately.
    expect(meetsTarget(95.45, 90, UP)).toBe(true);
  });

  it.each([
    // higher is better, target 90
    ['short, rising', 80, 85, 90, UP, TargetMovement.TOWARD_TARGET],
    ['short, rising past the target', 80, 95, 90, UP, TargetMovement.TOWARD_TARGET],
    ['short, falling', 80, 75, 90, UP, TargetMovement.AWAY_FROM_TARGET],
    ['meeting, rising', 92, 96, 90, UP, TargetMovement.BEYOND_TARGET],
    ['meeting, falling below the target', 92, 85, 90, UP, TargetMovement.AWAY_FROM_TARGET],
    ['exactly at the target, rising', 90, 91, 90, UP, TargetMovement.BEYOND_TARGET],
    ['exactly at the target, falling', 90, 89, 90, UP, TargetMovement.AWAY_FROM_TARGET],
    // higher is worse, target 7
    ['short (above), falling', 10, 8, 7, DOWN, TargetMovement.TOWARD_TARGET],
    ['short (above), falling past the target', 10, 6, 7, DOWN, TargetMovement.TOWARD_TARGET],
    ['short (above), rising', 10, 12, 7, DOWN, TargetMovement.AWAY_FROM_TARGET],
    ['meeting (below), falling', 6, 5, 7, DOWN, TargetMovement.BEYOND_TARGET],
    ['meeting (below), rising', 5, 6, 7, DOWN, TargetMovement.AWAY_FROM_TARGET],
    ['meeting (below), rising above the target', 5, 8, 7, DOWN, TargetMovement.AWAY_FROM_TARGET],
  ] as const)('%s', (_, baseline, latest, target, direction, expected) => {
    expect(movementOf(baseline, latest, target, direction)).toBe(expected);
  });

  it('calls a change within rounding error no change, and a missing value unknown', () => {
    expect(movementOf(95.45, 95.45 + 1e-12, 90, UP)).toBe(TargetMovement.NO_CHANGE);
    expect(movementOf(6, 6, 7, DOWN)).toBe(TargetMovement.NO_CHANGE);
    expect(movementOf(null, 95, 90, UP)).toBe(TargetMovement.UNKNOWN);
    expect(movementOf(95, null, 90, UP)).toBe(TargetMovement.UNKNOWN);
  });
});
