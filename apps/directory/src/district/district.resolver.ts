import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { BoundaryImportResult } from './boundary-import.types';
import type { DirectoryContext } from '../directory-context';
import { DistrictPopulation } from './district-population.entity';
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

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Inhabitants in the given year (default: the latest year known); null if unknown.',
  })
  async population(
    @Root() district: District,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() { loaders }: DirectoryContext,
  ): Promise<number | null> {
    const populations = await loaders.districts.populations.load(district.id);
    const row = year == null ? populations.at(-1) : populations.find((p) => p.year === year);
    return row?.population ?? null;
  }

  @FieldResolver(() => [DistrictPopulation], { description: 'Inhabitants per year, oldest first.' })
  populations(
    @Root() district: District,
    @Ctx() { loaders }: DirectoryContext,
  ): Promise<DistrictPopulation[]> {
    return loaders.districts.populations.load(district.id);
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
