import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BoundaryImportResult } from './boundary-import.types';
import type { DirectoryContext } from '../directory-context';
import { District } from './district.entity';

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => [District], {
    nullable: true,
    description: "The municipality's districts, by code.",
  })
  districts(@Ctx() { services }: DirectoryContext): Promise<District[]> {
    return services.districts.findAll();
  }

  @Query(() => District, { nullable: true })
  district(
    @Arg('code', () => String) code: string,
    @Ctx() { services }: DirectoryContext,
  ): Promise<District> {
    return services.districts.findByCode(code);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The boundary as GeoJSON (WGS 84), once boundaries have been loaded.',
  })
  boundary(@Root() district: District): string | null {
    return district.boundary ? JSON.stringify(district.boundary) : null;
  }

  @Authorized('ADMIN')
  @Mutation(() => BoundaryImportResult, {
    description:
      'Loads district boundaries from GeoJSON (SWEREF 99 TM or WGS 84), matched on the district code. Admins only; with any problem nothing is stored.',
  })
  importDistrictBoundaries(
    @Arg('geojson', () => String) geojson: string,
    @Arg('codeProperty', () => String, { nullable: true }) codeProperty: string | null,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() { services }: DirectoryContext,
  ): Promise<BoundaryImportResult> {
    return services.boundaries.importBoundaries(geojson, { codeProperty, dryRun });
  }
}
