import { districtRef, type District } from './district';

/** A `District` referred to by its code: this subgraph needs nothing more to add its fields. */
export function resolveDistrictReference(reference: Record<string, unknown>): District {
  return districtRef(String(reference.code));
}
