import { uuidKey } from '@lagesbild/subgraph-kit';
import type { DirectoryContext } from '../directory-context';
import type { District } from './district.entity';

/** Resolves a `District` that another subgraph refers to by `id` or `code`. */
export function resolveDistrictReference(
  reference: Record<string, unknown>,
  { loaders }: DirectoryContext,
): Promise<District | null> {
  if (reference.id !== undefined) return loaders.districts.byId.load(uuidKey(reference));
  return loaders.districts.byCode.load(String(reference.code));
}
