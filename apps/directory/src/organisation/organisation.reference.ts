import { uuidKey } from '@lagesbild/subgraph-kit';
import type { DirectoryContext } from '../directory-context';
import type { Organisation } from './organisation.entity';

/** Resolves an `Organisation` that another subgraph refers to by `id` or `code`. */
export function resolveOrganisationReference(
  reference: Record<string, unknown>,
  { loaders }: DirectoryContext,
): Promise<Organisation | null> {
  if (reference.id !== undefined) return loaders.organisations.byId.load(uuidKey(reference));
  return loaders.organisations.byCode.load(String(reference.code));
}
