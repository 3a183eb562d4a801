import type { DataSource } from 'typeorm';
import type {
  SubgraphConfig,
  SubgraphContext,
  SubgraphRequestContext,
} from '@lagesbild/subgraph-kit';
import { ActionPlanService } from './action-plan/action-plan.service';
import { citedFigureLoader, type CitedFigureLoader } from './action-plan/cited-figure.loader';
import { ChangeLogService } from './change-log/change-log.service';
import { FocusAreaService } from './focus-area/focus-area.service';
import { InterventionCommandService } from './intervention/intervention-commands.service';
import {
  createInterventionLoaders,
  type InterventionLoaders,
} from './intervention/intervention.loader';
import { InterventionQueryService } from './intervention/intervention-query.service';
import { KpiSummaryService } from './kpi/kpi-summary.service';
import { LateInterventionsService } from './kpi/late-interventions.service';
import type { ReferenceData } from './reference-data/reference-data';
import { SubgraphReferenceData } from './reference-data/subgraph-reference-data';

/** The services that check their input against other subgraphs, as the caller. */
export interface CallerServices {
  commands: InterventionCommandService;
  focusAreas: FocusAreaService;
  actionPlans: ActionPlanService;
  /** The other subgraphs' data, read as the caller (a plan's cited figures). */
  referenceData: ReferenceData;
}

/** What one request's resolvers use. */
export interface InterventionsServices extends CallerServices {
  queries: InterventionQueryService;
  kpis: KpiSummaryService;
  changeLog: ChangeLogService;
}

/** Built once per process: the services, and how to build those that act as a caller. */
export interface InterventionsSharedServices extends Omit<
  InterventionsServices,
  keyof CallerServices
> {
  asCaller(caller: SubgraphContext): CallerServices;
}

/** What the interventions subgraph's resolvers receive. */
export type InterventionsContext = SubgraphRequestContext<
  InterventionsServices,
  InterventionsLoaders
>;

/** Every per-request loader: the interventions' own rows and the figures plans cite. */
export interface InterventionsLoaders extends InterventionLoaders {
  citedFigure: CitedFigureLoader;
}

export function createInterventionsServices(
  dataSource: DataSource,
  config: Pick<SubgraphConfig, 'subgraphUrls'>,
): InterventionsSharedServices {
  return {
    queries: new InterventionQueryService(dataSource),
    kpis: new KpiSummaryService(dataSource, new LateInterventionsService(dataSource)),
    changeLog: new ChangeLogService(dataSource),
    asCaller: (caller) => {
      const referenceData = new SubgraphReferenceData(config.subgraphUrls, caller.authorization);
      return {
        commands: new InterventionCommandService(dataSource, referenceData),
        focusAreas: new FocusAreaService(dataSource, referenceData),
        actionPlans: new ActionPlanService(dataSource, referenceData),
        referenceData,
      };
    },
  };
}

/** Once per request: the shared services with those acting as this caller. */
export function interventionsServicesFor(
  { asCaller, ...shared }: InterventionsSharedServices,
  caller: SubgraphContext,
): InterventionsServices {
  return { ...shared, ...asCaller(caller) };
}

/** Once per request. */
export function createInterventionsLoaders(services: InterventionsServices): InterventionsLoaders {
  return {
    ...createInterventionLoaders(services.queries),
    citedFigure: citedFigureLoader(services.referenceData),
  };
}
