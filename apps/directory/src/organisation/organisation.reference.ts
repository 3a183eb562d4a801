import type { DirectoryContext } from '../directory-context';
import type { Organisation } from './organisation.entity';

/** Resolves an `Organisation` that another subgraph refers to by `id` or `code`. */
export function resolveOrganisationReference(
  reference: Record<string, unknown>,
  { loaders }: DirectoryContext,
): Promise<Organisation | null> {
  if (typeof reference.id === 'string') return loaders.organisations.byId.load(reference.id);
  return loaders.organisations.byCode.load(String(reference.code));
}
