import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PRE_TREND_ALPHA } from './effect-test';

/**
 * How the target districts moved since the baseline, by the indicator's direction and the side of
 * the target the baseline was on (see `movementOf`).
 */
export enum TargetMovement {
  /** Started short of the target and moved the better way. */
  TOWARD_TARGET = 'TOWARD_TARGET',
  /** Moved the worse way, whether it started short of the target or meeting it. */
  AWAY_FROM_TARGET = 'AWAY_FROM_TARGET',
  /** Started meeting the target and moved further the better way. */
  BEYOND_TARGET = 'BEYOND_TARGET',
  NO_CHANGE = 'NO_CHANGE',
  UNKNOWN = 'UNKNOWN',
}

/** The target districts' change beside the rest of the municipality's, read against the direction. */
export enum FollowUpEffect {
  BETTER_THAN_REST = 'BETTER_THAN_REST',
  WORSE_THAN_REST = 'WORSE_THAN_REST',
  NO_CLEAR_DIFFERENCE = 'NO_CLEAR_DIFFERENCE',
  /** Before the start the target and the rest did not move in parallel: no effect is claimed. */
  PRE_TRENDS_DIVERGE = 'PRE_TRENDS_DIVERGE',
  TOO_EARLY = 'TOO_EARLY',
  INSUFFICIENT_DATA = 'INSUFFICIENT_DATA',
}

export enum BaselineSource {
  /** The baseline the council stated for the intervention. */
  STATED = 'STATED',
  /** The target districts' pooled rate in the baseline window. */
  MEASURED = 'MEASURED',
}

registerEnumType(TargetMovement, {
  name: 'TargetMovement',
  description:
    'How the target districts moved from the baseline to the latest rate, by the direction (higher is better or worse) and the side of the target the baseline was on: TOWARD_TARGET (short of it, moved the better way), BEYOND_TARGET (meeting it, moved the better way), AWAY_FROM_TARGET (moved the worse way, from either side).',
});
registerEnumType(FollowUpEffect, {
  name: 'FollowUpEffect',
  description:
    'The change in the target districts beside the change in the rest of the municipality (difference in differences), read against whether higher is better or worse. PRE_TRENDS_DIVERGE: before the start the two did not move in parallel, so no effect is claimed.',
});
registerEnumType(BaselineSource, {
  name: 'BaselineSource',
  description: 'Whether the baseline is the one the council stated or the one measured.',
});

@ObjectType({
  description:
    'A year of periods pooled in the target districts and in the rest of the municipality.',
})
export class FollowUpWindow {
  @Field(() => String)
  firstPeriod!: string;

  @Field(() => String)
  lastPeriod!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      "Pooled rate in the target districts, in the indicator's unit (per period); null when withheld or when figures are missing.",
  })
  targetAreaRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Pooled rate in all other districts of the municipality; null as above.',
  })
  restRate!: number | null;

  @Field(() => Boolean, {
    description: 'True when disclosure control withholds the target-area rate.',
  })
  targetAreaWithheld!: boolean;

  @Field(() => Boolean, { description: 'True when disclosure control withholds the rest’s rate.' })
  restWithheld!: boolean;
}

@ObjectType({
  description:
    'The parallel-trends check: how ln(target rate / rest rate) moved over the years before the start, computed from published figures only.',
})
export class PreTrendCheck {
  @Field(() => String)
  firstPeriod!: string;

  @Field(() => String)
  lastPeriod!: string;

  @Field(() => Int, {
    description: 'The periods whose figures for both areas are published, and so checked.',
  })
  periods!: number;

  @Field(() => Float, {
    description:
      'How much the target area rose (positive) or fell (negative) each year relative to the rest, as a fraction (0.05 = 5 % a year).',
  })
  relativeChangePerYear!: number;

  @Field(() => Float, { description: 'Two-sided p-value of "the trends run in parallel".' })
  pValue!: number;

  @Field(() => Boolean, {
    description: `True when the trends diverge (p below ${PRE_TREND_ALPHA}): then no effect is claimed.`,
  })
  diverges!: boolean;
}

@ObjectType({
  description:
    'How a follow-up indicator has moved since an intervention started: in the target districts, beside the rest of the municipality.',
})
export class FollowUpProgress {
  @Field(() => FollowUpWindow, { description: 'The year of periods that ends before the start.' })
  baselineWindow!: FollowUpWindow;

  @Field(() => FollowUpWindow, {
    nullable: true,
    description:
      'The year of periods that ends with the latest final period; null when there is none.',
  })
  latestWindow!: FollowUpWindow | null;

  @Field(() => Float, { description: "The target, in the indicator's unit." })
  target!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'The baseline the movement is measured from: the stated one, else the measured target-area rate.',
  })
  baseline!: number | null;

  @Field(() => BaselineSource, { nullable: true, description: 'Null when there is no baseline.' })
  baselineSource!: BaselineSource | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Target-area rate, latest window less baseline window.',
  })
  targetAreaChange!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Rest-of-municipality rate, latest window less baseline window.',
  })
  restChange!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The target-area change less the rest’s change, in the indicator’s unit.',
  })
  differenceInDifferences!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '(target latest / target baseline) / (rest latest / rest baseline), where a test applies; below 1 the target area fell relative to the rest.',
  })
  ratioOfRateRatios!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower bound of its 95 % interval.' })
  ratioLower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of its 95 % interval.' })
  ratioUpper!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Two-sided p-value of "no difference from the rest", where a test applies.',
  })
  pValue!: number | null;

  @Field(() => PreTrendCheck, {
    nullable: true,
    description: 'The parallel-trends check before the start; null where no test applies.',
  })
  preTrend!: PreTrendCheck | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Quasi-Poisson dispersion measured before the start (1 = Poisson): the variance of the counts is taken as this many times their mean.',
  })
  dispersion!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The periods of the baseline and latest year whose figures for both areas are published, and so tested; periods that would pool a suppressed figure are left out.',
  })
  testedPeriods!: number | null;

  @Field(() => Int, { description: 'The periods of the baseline and latest year together.' })
  windowPeriods!: number;

  @Field(() => TargetMovement)
  movement!: TargetMovement;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the latest target-area rate meets the target, read against the direction; null when unknown.',
  })
  targetReached!: boolean | null;

  @Field(() => FollowUpEffect)
  effect!: FollowUpEffect;

  @Field(() => String, { description: 'The comparison and test used, in words.' })
  method!: string;

  @Field(() => String, { description: 'The verdict explained in a sentence or two.' })
  note!: string;

  @Field(() => Boolean, { description: 'True when any figure comes from generated demo data.' })
  synthetic!: boolean;
}
