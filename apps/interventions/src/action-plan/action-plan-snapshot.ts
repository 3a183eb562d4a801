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
  /** The municipal figures of the cited indicators when the plan was published. */
  indicatorFigures: {
    indicatorKey: string;
    name: string;
    unit: string;
    period: string | null;
    value: number | null;
    trend: string | null;
  }[];
}
