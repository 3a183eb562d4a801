import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { SituationContext } from '../situation-context';
import { DataImport } from './data-import.entity';
import { ImportResult, ObservationFileFormat } from './import.types';

@Resolver()
export class ImportResolver {
  @Authorized('ANALYST', 'ADMIN')
  @Mutation(() => ImportResult, {
    description:
      'Imports indicator data (CSV of district observations, or Kolada JSON reference figures). Every row is checked first; with any problem nothing is written. Importing the same file again changes nothing.',
  })
  importObservations(
    @Arg('format', () => ObservationFileFormat) format: ObservationFileFormat,
    @Arg('content', () => String) content: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() { services, principal, signal }: SituationContext,
  ): Promise<ImportResult> {
    return services.imports.importFile(format, content, {
      dryRun,
      importedBy: principal.username,
      signal,
    });
  }

  @Query(() => [DataImport], {
    nullable: true,
    description: 'The latest imports, newest first.',
  })
  dataImports(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() { services }: SituationContext,
  ): Promise<DataImport[]> {
    return services.imports.latest(Math.min(Math.max(first, 1), 100));
  }
}
