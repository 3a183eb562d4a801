import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OwnershipRole } from '../intervention/intervention.types';
import { Intervention } from '../intervention/intervention.entity';
import type { InterventionsContext } from '../interventions-context';
import { District, Indicator, Organisation } from './federated-entities';

@Resolver(() => Organisation)
export class OrganisationInterventionsResolver {
  @FieldResolver(() => [Intervention], { description: 'Interventions it owns or co-owns.' })
  async interventions(
    @Root() organisation: Organisation,
    @Arg('role', () => OwnershipRole, { defaultValue: OwnershipRole.ANY }) role: OwnershipRole,
    @Ctx() { loaders }: InterventionsContext,
  ): Promise<Intervention[]> {
    const all = await loaders.byOrganisation.load(organisation.code);
    if (role === OwnershipRole.OWNER) return all.filter((i) => i.ownerCode === organisation.code);
    if (role === OwnershipRole.CO_OWNER)
      return all.filter((i) => i.coOwnerCodes.includes(organisation.code));
    return all;
  }
}

@Resolver(() => District)
export class DistrictInterventionsResolver {
  @FieldResolver(() => [Intervention], { description: 'Interventions that target this district.' })
  interventions(@Root() district: District, @Ctx() { loaders }: InterventionsContext) {
    return loaders.byDistrict.load(district.code);
  }
}

@Resolver(() => Indicator)
export class IndicatorInterventionsResolver {
  @FieldResolver(() => [Intervention], {
    description: 'Interventions meant to move this indicator.',
  })
  interventions(@Root() indicator: Indicator, @Ctx() { loaders }: InterventionsContext) {
    return loaders.byIndicator.load(indicator.key);
  }
}
