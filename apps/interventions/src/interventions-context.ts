import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SubgraphConfig, SubgraphContext } from '@lagesbild/subgraph-kit';
import { ActionPlanService } from './action-plan/action-plan.service';
import type { ChangeLogEntry } from './change-log/change-log-entry.entity';
import { ChangeLogService } from './change-log/change-log.service';
import type { FocusArea } from './focus-area/focus-area.entity';
import { FocusAreaService } from './focus-area/focus-area.service';
import type { FollowUpIndicator } from './follow-up/follow-up-indicator.entity';
import { InterventionCommandService } from './intervention/intervention-commands.service';
import { InterventionQueryService } from './intervention/intervention-query.service';
import type { Intervention } from './intervention/intervention.entity';
import { KpiSummaryService } from './kpi/kpi-summary.service';
import type { Milestone } from './milestone/milestone.entity';
import type { ProgressReport } from './progress-report/progress-report.entity';
import { SubgraphReferenceData } from './reference-data/subgraph-reference-data';

/** Built once per process. */
export interface InterventionsServices {
  dataSource: DataSource;
  queries: InterventionQueryService;
  kpis: KpiSummaryService;
  changeLog: ChangeLogService;
  subgraphUrls: SubgraphConfig['subgraphUrls'];
}

/** Groups rows by a key, in the order of the keys asked for (what a DataLoader must answer). */
function groupBy<Row>(
  keys: readonly string[],
  rows: Row[],
  keyOf: (row: Row) => string[],
): Row[][] {
  const groups = new Map<string, Row[]>(keys.map((key) => [key, []]));
  for (const row of rows) for (const key of keyOf(row)) groups.get(key)?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

function createLoaders(queries: InterventionQueryService) {
  const byId = <Row extends { id: string }>(load: (ids: readonly string[]) => Promise<Row[]>) =>
    new DataLoader<string, Row | null>(async (ids) => {
      const found = new Map((await load(ids)).map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
  const byIntervention = <Row extends { interventionId: string | null }>(
    load: (ids: readonly string[]) => Promise<Row[]>,
  ) =>
    new DataLoader<string, Row[]>(async (ids) =>
      groupBy(ids, await load(ids), (row) => (row.interventionId ? [row.interventionId] : [])),
    );
  return {
    intervention: byId<Intervention>((ids) => queries.findByIds(ids)),
    focusArea: byId<FocusArea>((ids) => queries.focusAreasByIds(ids)),
    followUp: byId<FollowUpIndicator>((ids) => queries.followUpsByIds(ids)),
    milestones: byIntervention<Milestone>((ids) => queries.milestonesOf(ids)),
    progressReports: byIntervention<ProgressReport>((ids) => queries.progressReportsOf(ids)),
    followUps: byIntervention<FollowUpIndicator>((ids) => queries.followUpsOf(ids)),
    changes: byIntervention<ChangeLogEntry>((ids) => queries.changesOf(ids)),
    byOrganisation: new DataLoader<string, Intervention[]>(async (codes) =>
      groupBy(codes, await queries.forOrganisations(codes), (i) => [
        i.ownerCode,
        ...i.coOwnerCodes,
      ]),
    ),
    byDistrict: new DataLoader<string, Intervention[]>(async (codes) =>
      groupBy(codes, await queries.forDistricts(codes), (i) => i.districtCodes),
    ),
    byIndicator: new DataLoader<string, Intervention[]>(async (keys) =>
      groupBy(keys, await queries.forIndicators(keys), (row) => [row.key]).map((rows) =>
        rows.map((row) => row.intervention),
      ),
    ),
  };
}

/** What the interventions subgraph's resolvers receive. */
export interface InterventionsContext extends SubgraphContext {
  queries: InterventionQueryService;
  kpis: KpiSummaryService;
  changeLog: ChangeLogService;
  /** Changes check their input against other subgraphs as the caller. */
  commands: InterventionCommandService;
  focusAreas: FocusAreaService;
  actionPlans: ActionPlanService;
  loaders: ReturnType<typeof createLoaders>;
}

export function createInterventionsServices(
  dataSource: DataSource,
  config: SubgraphConfig,
): InterventionsServices {
  return {
    dataSource,
    queries: new InterventionQueryService(dataSource),
    kpis: new KpiSummaryService(dataSource),
    changeLog: new ChangeLogService(dataSource),
    subgraphUrls: config.subgraphUrls,
  };
}

export function createInterventionsContext(
  base: SubgraphContext,
  services: InterventionsServices,
): InterventionsContext {
  const referenceData = new SubgraphReferenceData(services.subgraphUrls, base.authorization);
  return {
    ...base,
    queries: services.queries,
    kpis: services.kpis,
    changeLog: services.changeLog,
    commands: new InterventionCommandService(services.dataSource, referenceData),
    focusAreas: new FocusAreaService(services.dataSource, referenceData),
    actionPlans: new ActionPlanService(services.dataSource, referenceData),
    loaders: createLoaders(services.queries),
  };
}
