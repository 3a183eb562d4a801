import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { DirectoryContext } from '../directory-context';
import { Organisation } from '../organisation/organisation.entity';
import { CouncilRole } from '../person/council-role';
import { Person } from '../person/person.entity';
import { Council } from './council.entity';

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => Council, {
    nullable: true,
    description: 'The safety council this installation serves.',
  })
  council(@Ctx() { services }: DirectoryContext): Promise<Council> {
    return services.councils.findCouncil();
  }

  @FieldResolver(() => [Organisation], { description: 'The member committees and police area.' })
  organisations(@Ctx() { services }: DirectoryContext): Promise<Organisation[]> {
    return services.organisations.findAll();
  }

  @FieldResolver(() => [Person], {
    description: 'The two co-chairs: KS chair and police area chief.',
  })
  async coChairs(
    @Root() _council: Council,
    @Ctx() { services }: DirectoryContext,
  ): Promise<Person[]> {
    const people = await services.people.findAll();
    return people.filter((p) => p.councilRoles.includes(CouncilRole.COUNCIL_CO_CHAIR));
  }

  @FieldResolver(() => [Person], { description: 'Everyone with a part in the council.' })
  members(@Ctx() { services }: DirectoryContext): Promise<Person[]> {
    return services.people.findAll();
  }
}
