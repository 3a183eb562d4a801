import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { DirectoryContext } from '../directory-context';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from './person.entity';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: 'The signed-in person.',
  })
  me(@Ctx() { principal, services }: DirectoryContext): Promise<Person> {
    return services.people.findByUsername(principal.username);
  }

  @Query(() => [Person], {
    nullable: true,
    description: 'Everyone in the directory.',
  })
  people(@Ctx() { services }: DirectoryContext): Promise<Person[]> {
    return services.people.findAll();
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() person: Person, @Ctx() { loaders }: DirectoryContext) {
    return person.organisationId ? loaders.organisations.byId.load(person.organisationId) : null;
  }
}
