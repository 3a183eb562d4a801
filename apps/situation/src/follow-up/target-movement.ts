import { IndicatorDirection } from '../indicator/indicator-enums';
import { TargetMovement } from './follow-up.types';

/** Whether a value meets the target, read against the direction (the target itself meets it). */
export function meetsTarget(value: number, target: number, direction: IndicatorDirection): boolean {
  return direction === IndicatorDirection.HIGHER_IS_WORSE ? value <= target : value >= target;
}

/**
 * How the target area moved from the baseline to the latest value, judged by the indicator's
 * direction and the side of the target the baseline was on:
 *
 * | baseline          | latest moved the better way | latest moved the worse way |
 * |-------------------|-----------------------------|----------------------------|
 * | short of target   | TOWARD_TARGET               | AWAY_FROM_TARGET           |
 * | meets the target  | BEYOND_TARGET               | AWAY_FROM_TARGET           |
 *
 * "The better way" is up when higher is better, down when higher is worse. A baseline exactly at
 * the target meets it. Moving the worse way is away from the target whichever side it started on:
 * an eligibility of 100 % falling to 95.45 % against a target of 90 % still meets the target
 * (`targetReached` says so) but moves away from it. A change within rounding error (10⁻⁹ of the
 * target's size) is NO_CHANGE; a missing baseline or latest value UNKNOWN.
 */
export function movementOf(
  baseline: number | null,
  latest: number | null,
  target: number,
  direction: IndicatorDirection,
): TargetMovement {
  if (baseline === null || latest === null) return TargetMovement.UNKNOWN;
  if (Math.abs(latest - baseline) <= 1e-9 * Math.max(1, Math.abs(target))) {
    return TargetMovement.NO_CHANGE;
  }
  const better =
    direction === IndicatorDirection.HIGHER_IS_WORSE ? latest < baseline : latest > baseline;
  if (!better) return TargetMovement.AWAY_FROM_TARGET;
  return meetsTarget(baseline, target, direction)
    ? TargetMovement.BEYOND_TARGET
    : TargetMovement.TOWARD_TARGET;
}
