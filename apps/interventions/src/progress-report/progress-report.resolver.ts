import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Person, personRef } from '../federated/federated-entities';
import { ProgressReport } from './progress-report.entity';

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @FieldResolver(() => Person)
  author(@Root() report: ProgressReport): Person {
    return personRef(report.authorUsername);
  }
}
