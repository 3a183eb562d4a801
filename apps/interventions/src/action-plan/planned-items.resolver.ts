import { FieldResolver, Resolver, Root } from 'type-graphql';
import {
  District,
  districtRef,
  Indicator,
  indicatorRef,
  Organisation,
  organisationRef,
} from '../federated/federated-entities';
import { PlannedFocusArea, PlannedFollowUp, PlannedIntervention } from './action-plan.types';

/** The directory's and situation subgraph's entities that a planned focus area names. */
@Resolver(() => PlannedFocusArea)
export class PlannedFocusAreaResolver {
  @FieldResolver(() => [District])
  districts(@Root() focusArea: PlannedFocusArea): District[] {
    return focusArea.districtCodes.map(districtRef);
  }

  @FieldResolver(() => [Indicator])
  indicators(@Root() focusArea: PlannedFocusArea): Indicator[] {
    return focusArea.indicatorKeys.map(indicatorRef);
  }
}

/** The organisations and districts that a planned intervention names. */
@Resolver(() => PlannedIntervention)
export class PlannedInterventionResolver {
  @FieldResolver(() => Organisation)
  owner(@Root() intervention: PlannedIntervention): Organisation {
    return organisationRef(intervention.ownerCode);
  }

  @FieldResolver(() => [Organisation])
  coOwners(@Root() intervention: PlannedIntervention): Organisation[] {
    return intervention.coOwnerCodes.map(organisationRef);
  }

  @FieldResolver(() => [District])
  districts(@Root() intervention: PlannedIntervention): District[] {
    return intervention.districtCodes.map(districtRef);
  }
}

@Resolver(() => PlannedFollowUp)
export class PlannedFollowUpResolver {
  @FieldResolver(() => Indicator)
  indicator(@Root() followUp: PlannedFollowUp): Indicator {
    return indicatorRef(followUp.indicatorKey);
  }
}
