import type { DirectoryContext } from '../directory-context';
import type { Person } from './person.entity';

/** Resolves a `Person` that another subgraph refers to by `id`. */
export function resolvePersonReference(
  reference: Record<string, unknown>,
  { loaders }: DirectoryContext,
): Promise<Person | null> {
  return loaders.people.byId.load(String(reference.id));
}
