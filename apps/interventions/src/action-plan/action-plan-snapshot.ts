/** What a published action plan holds, frozen as JSON when it is published. */
export interface ActionPlanSnapshot {
  focusAreas: {
    id: string;
    title: string;
    problem: string;
    causeAnalysis: string;
    priorityRank: number;
    districtCodes: string[];
    indicatorKeys: string[];
  }[];
  interventions: {
    id: string;
    title: string;
    description: string;
    goal: string;
    focusAreaId: string | null;
    ownerCode: string;
    coOwnerCodes: string[];
    districtCodes: string[];
    startDate: string;
    endDate: string;
    status: string;
    citizenPromise: string | null;
    followUps: { indicatorKey: string; baseline: number | null; target: number }[];
  }[];
  /**
   * The figures the plan cites: each indicator with the period it cited (its latest final period
   * when the plan was published), never the figure itself; see `CitedFigureReference`.
   */
  indicatorFigures: CitedFigureReference[];
}

/**
 * A figure a plan cites, by reference: the indicator and the period. The municipal figure of that
 * period is read as it is published now whenever the plan is read, and never frozen into the
 * plan. A frozen municipal figure would outlive a revision of a suppressed district cell of the
 * same period: the next version (or today's figure) less the frozen one would be exactly the
 * revision of that hidden cell. By reference, every version and the situation picture show the
 * same number for the same period, so comparing them gives nothing a hidden count went into.
 * Plans published before this rule may hold `value` and `trend` in their JSON; they are ignored.
 */
export interface CitedFigureReference {
  indicatorKey: string;
  name: string;
  unit: string;
  period: string | null;
}

/** What a plan keeps of a cited figure: the reference, without any number. */
export function citeFigure({ indicatorKey, name, unit, period }: CitedFigureReference) {
  return { indicatorKey, name, unit, period };
}
