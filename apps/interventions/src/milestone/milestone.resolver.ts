import { FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '@lagesbild/service';
import { Milestone } from './milestone.entity';

@Resolver(() => Milestone)
export class MilestoneResolver {
  @FieldResolver(() => Boolean, { description: 'Past its due date and not done.' })
  isOverdue(@Root() milestone: Milestone): boolean {
    return !milestone.doneDate && milestone.dueDate < today();
  }
}
