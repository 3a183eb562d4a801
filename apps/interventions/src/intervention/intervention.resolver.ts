import { todayInStockholm } from '@lagesbild/period';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { changeRefusal, mayReassign } from '../access/access-policy';
import { ChangeRefusalReason, InterventionAccess } from '../access/intervention-access.types';
import { ChangeLogEntry } from '../change-log/change-log-entry.entity';
import { HistoryEntry, historyEntry } from '../change-log/history-entry.types';
import {
  District,
  districtRef,
  Organisation,
  organisationRef,
  Person,
  personRef,
} from '../federated/federated-entities';
import { FocusArea } from '../focus-area/focus-area.entity';
import { FollowUpIndicator } from '../follow-up/follow-up-indicator.entity';
import type { InterventionsContext } from '../interventions-context';
import { Milestone } from '../milestone/milestone.entity';
import { ProgressReport } from '../progress-report/progress-report.entity';
import { InterventionStatus } from './intervention-status';
import { Intervention } from './intervention.entity';
import {
  CreateInterventionInput,
  InterventionConnection,
  InterventionFilter,
  MilestoneInput,
  ProgressReportInput,
  UpdateInterventionInput,
} from './intervention.types';

@Resolver(() => Intervention)
export class InterventionResolver {
  @Query(() => InterventionConnection, {
    nullable: true,
    description: 'Interventions matching the filter, a page at a time.',
  })
  interventions(
    @Arg('filter', () => InterventionFilter, { nullable: true }) filter: InterventionFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { services: { queries } }: InterventionsContext,
  ): Promise<InterventionConnection> {
    return queries.list(filter ?? {}, first, after);
  }

  @Query(() => Intervention, { nullable: true })
  intervention(
    @Arg('id', () => ID) id: string,
    @Ctx() { services: { queries } }: InterventionsContext,
  ): Promise<Intervention> {
    return queries.findById(id);
  }

  @Query(() => [Intervention], {
    nullable: true,
    description:
      "What the signed-in person's organisation owns or co-owns, overdue milestones first.",
  })
  async myAssignments(
    @Ctx() { services: { queries }, principal }: InterventionsContext,
  ): Promise<Intervention[]> {
    return principal.organisation ? queries.assignmentsOf(principal.organisation) : [];
  }

  @FieldResolver(() => Organisation)
  owner(@Root() intervention: Intervention): Organisation {
    return organisationRef(intervention.ownerCode);
  }

  @FieldResolver(() => [Organisation])
  coOwners(@Root() intervention: Intervention): Organisation[] {
    return intervention.coOwnerCodes.map(organisationRef);
  }

  @FieldResolver(() => InterventionAccess, {
    description:
      'What the signed-in person may do with it, and why not: for showing only the controls that will work.',
  })
  viewerAccess(
    @Root() intervention: Intervention,
    @Ctx() { principal }: InterventionsContext,
  ): InterventionAccess {
    const refusal = changeRefusal(principal, intervention);
    return {
      mayChange: refusal === null,
      mayReassign: mayReassign(principal),
      refusal: refusal === null ? null : ChangeRefusalReason[refusal],
    };
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      'The person who answers for it, of the owning or a co-owning organisation; null while nobody is named.',
  })
  responsible(@Root() intervention: Intervention): Person | null {
    return intervention.responsibleUsername ? personRef(intervention.responsibleUsername) : null;
  }

  @FieldResolver(() => [District], {
    description: 'Target districts; empty for the whole municipality.',
  })
  districts(@Root() intervention: Intervention): District[] {
    return intervention.districtCodes.map(districtRef);
  }

  @FieldResolver(() => FocusArea, { nullable: true })
  focusArea(@Root() intervention: Intervention, @Ctx() { loaders }: InterventionsContext) {
    return intervention.focusAreaId ? loaders.focusArea.load(intervention.focusAreaId) : null;
  }

  @FieldResolver(() => [FollowUpIndicator])
  followUps(@Root() intervention: Intervention, @Ctx() { loaders }: InterventionsContext) {
    return loaders.followUps.load(intervention.id);
  }

  @FieldResolver(() => [Milestone], { description: 'By due date.' })
  milestones(@Root() intervention: Intervention, @Ctx() { loaders }: InterventionsContext) {
    return loaders.milestones.load(intervention.id);
  }

  @FieldResolver(() => Int, { description: 'Milestones past their due date and not done.' })
  async overdueMilestones(
    @Root() intervention: Intervention,
    @Ctx() { loaders }: InterventionsContext,
  ): Promise<number> {
    const now = todayInStockholm();
    const milestones = await loaders.milestones.load(intervention.id);
    return milestones.filter((m) => !m.doneDate && m.dueDate < now).length;
  }

  @FieldResolver(() => [ProgressReport], { description: 'Newest first.' })
  progressReports(@Root() intervention: Intervention, @Ctx() { loaders }: InterventionsContext) {
    return loaders.progressReports.load(intervention.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The date (ISO) of the latest progress report; null before the first.',
  })
  async lastReportedOn(
    @Root() intervention: Intervention,
    @Ctx() { loaders }: InterventionsContext,
  ): Promise<string | null> {
    // Newest first.
    const [latest] = await loaders.progressReports.load(intervention.id);
    return latest?.reportedOn ?? null;
  }

  @Authorized('LEADERSHIP', 'ADMIN')
  @FieldResolver(() => [ChangeLogEntry], {
    nullable: true,
    description:
      'Every change, newest first, with who made it: the change log. Leadership and admins only; everyone signed in reads `history`.',
  })
  changes(@Root() intervention: Intervention, @Ctx() { loaders }: InterventionsContext) {
    return loaders.changes.load(intervention.id);
  }

  @FieldResolver(() => [HistoryEntry], {
    description:
      'Every change, newest first, as the public record shows it: the name of who made it, nothing more about them.',
  })
  async history(
    @Root() intervention: Intervention,
    @Ctx() { loaders }: InterventionsContext,
  ): Promise<HistoryEntry[]> {
    return (await loaders.changes.load(intervention.id)).map(historyEntry);
  }

  @FieldResolver(() => [HistoryEntry], { description: 'The changes of status, newest first.' })
  async statusHistory(
    @Root() intervention: Intervention,
    @Ctx() { loaders }: InterventionsContext,
  ): Promise<HistoryEntry[]> {
    const changes = await loaders.changes.load(intervention.id);
    return changes
      .filter(
        (c) =>
          c.action === 'CREATED' ||
          (c.after !== null &&
            typeof c.after.status === 'string' &&
            c.before?.status !== c.after.status),
      )
      .map(historyEntry);
  }

  @Authorized('LEADERSHIP')
  @Mutation(() => Intervention, { description: 'Only leadership creates interventions.' })
  createIntervention(
    @Arg('input', () => CreateInterventionInput) input: CreateInterventionInput,
    @Ctx() { services: { commands }, principal }: InterventionsContext,
  ): Promise<Intervention> {
    return commands.create(input, principal);
  }

  @Authorized('LEADERSHIP', 'COMMITTEE')
  @Mutation(() => Intervention, {
    description:
      'Changes the fields given. A stale expectedVersion gets CONFLICT with the current version.',
  })
  updateIntervention(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => UpdateInterventionInput) input: UpdateInterventionInput,
    @Ctx() { services: { commands }, principal }: InterventionsContext,
  ): Promise<Intervention> {
    return commands.update(id, expectedVersion, input, principal);
  }

  @Authorized('LEADERSHIP', 'COMMITTEE')
  @Mutation(() => Intervention)
  setInterventionStatus(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('status', () => InterventionStatus) status: InterventionStatus,
    @Ctx() { services: { commands }, principal }: InterventionsContext,
  ): Promise<Intervention> {
    return commands.setStatus(id, expectedVersion, status, principal);
  }

  @Authorized('LEADERSHIP', 'COMMITTEE')
  @Mutation(() => Intervention)
  addMilestone(
    @Arg('interventionId', () => ID) interventionId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('milestone', () => MilestoneInput) milestone: MilestoneInput,
    @Ctx() { services: { commands }, principal }: InterventionsContext,
  ): Promise<Intervention> {
    return commands.addMilestone(interventionId, expectedVersion, milestone, principal);
  }

  @Authorized('LEADERSHIP', 'COMMITTEE')
  @Mutation(() => Intervention, { description: 'Marks a milestone done (default: today).' })
  completeMilestone(
    @Arg('milestoneId', () => ID) milestoneId: string,
    @Arg('expectedVersion', () => Int, { description: 'The intervention’s version.' })
    expectedVersion: number,
    @Arg('doneDate', () => String, { nullable: true }) doneDate: string | null,
    @Ctx() { services: { commands }, principal }: InterventionsContext,
  ): Promise<Intervention> {
    return commands.completeMilestone(milestoneId, expectedVersion, doneDate, principal);
  }

  @Authorized('LEADERSHIP', 'COMMITTEE')
  @Mutation(() => Intervention, {
    description: 'Adds a progress report; its status becomes the intervention’s.',
  })
  addProgressReport(
    @Arg('interventionId', () => ID) interventionId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('report', () => ProgressReportInput) report: ProgressReportInput,
    @Ctx() { services: { commands }, principal }: InterventionsContext,
  ): Promise<Intervention> {
    return commands.addProgressReport(interventionId, expectedVersion, report, principal);
  }

  @Authorized('LEADERSHIP')
  @Mutation(() => Intervention, { description: 'Only leadership assigns owners.' })
  reassignIntervention(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('owner', () => String) owner: string,
    @Arg('coOwners', () => [String], { defaultValue: [] }) coOwners: string[],
    @Ctx() { services: { commands }, principal }: InterventionsContext,
  ): Promise<Intervention> {
    return commands.reassign(id, expectedVersion, owner, coOwners, principal);
  }
}
