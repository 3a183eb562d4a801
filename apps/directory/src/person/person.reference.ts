import { uuidKey } from '@lagesbild/subgraph-kit';
import type { DirectoryContext } from '../directory-context';
import type { Person } from './person.entity';

/** Resolves a `Person` that another subgraph refers to by `id` or `username`. */
export function resolvePersonReference(
  reference: Record<string, unknown>,
  { loaders }: DirectoryContext,
): Promise<Person | null> {
  if (reference.id !== undefined) return loaders.people.byId.load(uuidKey(reference));
  return loaders.people.byUsername.load(String(reference.username));
}
