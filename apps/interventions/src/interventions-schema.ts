import type { GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@lagesbild/subgraph-kit';
import { ActionPlanResolver } from './action-plan/action-plan.resolver';
import {
  PlannedFocusAreaResolver,
  PlannedFollowUpResolver,
  PlannedInterventionResolver,
} from './action-plan/planned-items.resolver';
import { CitedFigureResolver } from './action-plan/cited-figure.resolver';
import { ChangeLogResolver } from './change-log/change-log.resolver';
import { District, Indicator, Organisation, Person } from './federated/federated-entities';
import {
  resolveDistrictReference,
  resolveFollowUpReference,
  resolveIndicatorReference,
  resolveOrganisationReference,
} from './federated/federated.references';
import {
  DistrictInterventionsResolver,
  IndicatorInterventionsResolver,
  OrganisationInterventionsResolver,
} from './federated/federated.resolvers';
import { FocusAreaResolver } from './focus-area/focus-area.resolver';
import { FollowUpResolver } from './follow-up/follow-up.resolver';
import { InterventionResolver } from './intervention/intervention.resolver';
import type { InterventionsContext } from './interventions-context';
import { KpiSummaryResolver } from './kpi/kpi-summary.resolver';
import { MilestoneResolver } from './milestone/milestone.resolver';
import { ProgressReportResolver } from './progress-report/progress-report.resolver';

export function buildInterventionsSchema(): Promise<GraphQLSchema> {
  return buildSubgraphSchema<InterventionsContext>({
    resolvers: [
      InterventionResolver,
      FocusAreaResolver,
      KpiSummaryResolver,
      ActionPlanResolver,
      PlannedFocusAreaResolver,
      PlannedInterventionResolver,
      PlannedFollowUpResolver,
      CitedFigureResolver,
      ChangeLogResolver,
      MilestoneResolver,
      ProgressReportResolver,
      FollowUpResolver,
      OrganisationInterventionsResolver,
      DistrictInterventionsResolver,
      IndicatorInterventionsResolver,
    ],
    orphanedTypes: [Organisation, District, Indicator, Person],
    referenceResolvers: {
      Organisation: { __resolveReference: resolveOrganisationReference },
      District: { __resolveReference: resolveDistrictReference },
      Indicator: { __resolveReference: resolveIndicatorReference },
      FollowUpIndicator: { __resolveReference: resolveFollowUpReference },
    },
  });
}
