import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { SituationContext } from '../situation-context';
import { DataImport } from './data-import.entity';
import { directoryDistricts } from './directory-districts';
import { ImportResult, ObservationFileFormat } from './import.types';

@Resolver()
export class ImportResolver {
  @Authorized('ANALYST', 'ADMIN')
  @Mutation(() => ImportResult, {
    description:
      'Imports indicator data (CSV of district observations, or Kolada JSON reference figures). Every row is checked first; with any problem nothing is written. Importing the same file again changes no figure.',
  })
  importObservations(
    @Arg('format', () => ObservationFileFormat) format: ObservationFileFormat,
    @Arg('content', () => String) content: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() { services, principal, signal, authorization }: SituationContext,
  ): Promise<ImportResult> {
    return services.imports.importFile(format, content, {
      dryRun,
      importedBy: principal.username,
      districts: directoryDistricts(services.directoryUrl, authorization),
      signal,
    });
  }

  @Authorized('LEADERSHIP', 'ADMIN')
  @Mutation(() => DataImport, {
    description:
      'Undoes an import: the figures it replaced are put back exactly, the ones it added removed. Council leadership and admins only; refused (CONFLICT) while a later import has changed any of the same figures.',
  })
  async undoImport(
    @Arg('id', () => ID) id: string,
    @Ctx() { services, principal, logger }: SituationContext,
  ): Promise<DataImport> {
    const undone = await services.importUndo.undo(id, principal.username);
    logger.info({ importId: id, undoneBy: principal.username }, 'import undone');
    return undone;
  }

  @Query(() => [DataImport], {
    nullable: true,
    description: 'The latest imports, newest first, undone ones included.',
  })
  dataImports(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() { services }: SituationContext,
  ): Promise<DataImport[]> {
    return services.imports.latest(Math.min(Math.max(first, 1), 100));
  }
}
