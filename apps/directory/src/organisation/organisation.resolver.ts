import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { DirectoryContext } from '../directory-context';
import { Person } from '../person/person.entity';
import { Organisation } from './organisation.entity';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], {
    nullable: true,
    description: 'The committees and the police area in the council.',
  })
  organisations(@Ctx() { services }: DirectoryContext): Promise<Organisation[]> {
    return services.organisations.findAll();
  }

  @Query(() => Organisation, { nullable: true })
  organisation(
    @Arg('code', () => String) code: string,
    @Ctx() { services }: DirectoryContext,
  ): Promise<Organisation> {
    return services.organisations.findByCode(code);
  }

  @FieldResolver(() => [Person], { description: 'Presidium, secretaries and representatives.' })
  members(
    @Root() organisation: Organisation,
    @Ctx() { loaders }: DirectoryContext,
  ): Promise<Person[]> {
    return loaders.people.byOrganisationId.load(organisation.id);
  }
}
