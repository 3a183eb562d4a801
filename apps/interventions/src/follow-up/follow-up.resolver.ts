import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Indicator, indicatorRef } from '../federated/federated-entities';
import { FollowUpIndicator } from './follow-up-indicator.entity';

@Resolver(() => FollowUpIndicator)
export class FollowUpResolver {
  @FieldResolver(() => Indicator)
  indicator(@Root() followUp: FollowUpIndicator): Indicator {
    return indicatorRef(followUp.indicatorKey);
  }
}
