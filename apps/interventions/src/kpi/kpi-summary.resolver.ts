import { Ctx, Query, Resolver } from 'type-graphql';
import type { InterventionsContext } from '../interventions-context';
import { KpiSummary } from './kpi-summary.types';

@Resolver()
export class KpiSummaryResolver {
  @Query(() => KpiSummary, {
    nullable: true,
    description:
      'Interventions by status and owner, overdue milestones, share on track, follow-up indicators.',
  })
  kpiSummary(@Ctx() { services: { kpis } }: InterventionsContext): Promise<KpiSummary> {
    return kpis.summary();
  }
}
