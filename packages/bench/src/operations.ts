import type { SubgraphName } from '@lagesbild/supergraph';

export type OperationName =
  'situationPicture' | 'series' | 'myAssignments' | 'kpiSummary' | 'interventions';

/** One of the dashboard's real operations, as a demo user sends it. */
export interface Operation {
  name: OperationName;
  description: string;
  /** The demo user who sends it. */
  user: string;
  query: string;
  variables: Record<string, unknown>;
  /**
   * The subgraph that answers the whole operation on its own, for the gateway-overhead ratio;
   * null when the answer joins several subgraphs (only the gateway can answer it).
   */
  subgraph: SubgraphName | null;
}

/** The district and indicator of the `series` operation: Östra Bäckby, violent crime. */
export const SERIES_DISTRICT = '1980R046';
export const SERIES_INDICATOR = 'crime_violence';

/** The dashboard's situation page: every district × every indicator for the latest periods. */
const SITUATION_PICTURE = `query SituationPicture($period: String) {
  situationPicture(period: $period) {
    period
    synthetic
    cells {
      period value rate suppressed provisional municipalValue deviation deviationPercent
      changeFromYearEarlier
      district { code }
      indicator { key }
      trend { direction significant assessment pValue method periods }
    }
    municipal { period value indicator { key } }
  }
}`;

/** The district page's chart: one indicator for one district over five years. */
const SERIES = `query DistrictSeries($indicator: String!, $district: String!, $from: String) {
  series(indicator: $indicator, districts: [$district], from: $from) {
    indicator { key }
    synthetic
    municipal { period rate suppressed provisional }
    districts { district { code } points { period rate suppressed provisional } }
    references { areaCode points { period rate } }
  }
}`;

/** A committee's list of what it owns or co-owns. */
const MY_ASSIGNMENTS = `query MyAssignments {
  myAssignments {
    id title status startDate endDate version citizenPromise overdueMilestones
    owner { code }
    coOwners { code }
    districts { code }
    milestones { id title dueDate doneDate isOverdue }
  }
}`;

/** The leadership's overview; owners' names come from the directory, figures from the situation. */
const KPI_SUMMARY = `query KpiSummary {
  kpiSummary {
    total shareOnTrack citizenPromises
    byStatus { status count }
    byOwner { owner { code name } total byStatus { status count } }
    overdueMilestones { daysOverdue milestone { title dueDate } intervention { id title } }
    followUps {
      target baseline
      indicator { key name unit municipalFigure { period value trend { assessment } } }
    }
  }
}`;

/** The first page of the interventions list. */
const INTERVENTIONS = `query Interventions($first: Int!) {
  interventions(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id title status startDate endDate citizenPromise overdueMilestones
        owner { code }
        coOwners { code }
        focusArea { title }
      }
    }
  }
}`;

/** The five operations, with the year the district chart starts from (five years, this one included). */
export function dashboardOperations(today = new Date()): Operation[] {
  return [
    {
      name: 'situationPicture',
      description: 'all districts × all indicators, latest periods',
      user: 'analytiker',
      query: SITUATION_PICTURE,
      variables: {},
      subgraph: 'situation',
    },
    {
      name: 'series',
      description: `${SERIES_INDICATOR} for one district over five years`,
      user: 'analytiker',
      query: SERIES,
      variables: {
        indicator: SERIES_INDICATOR,
        district: SERIES_DISTRICT,
        from: String(today.getUTCFullYear() - 4),
      },
      subgraph: 'situation',
    },
    {
      name: 'myAssignments',
      description: "a committee's interventions with milestones",
      user: 'gsn.sekreterare',
      query: MY_ASSIGNMENTS,
      variables: {},
      subgraph: 'interventions',
    },
    {
      name: 'kpiSummary',
      description: 'KPIs with owners (directory) and indicator figures (situation)',
      user: 'ks.ordforande',
      query: KPI_SUMMARY,
      variables: {},
      subgraph: null,
    },
    {
      name: 'interventions',
      description: 'first page of 20 interventions',
      user: 'analytiker',
      query: INTERVENTIONS,
      variables: { first: 20 },
      subgraph: 'interventions',
    },
  ];
}

/** The JSON body of a GraphQL request. */
export function requestBody(operation: Operation): string {
  return JSON.stringify({ query: operation.query, variables: operation.variables });
}
