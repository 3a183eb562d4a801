import { InvalidInputError } from '@lagesbild/subgraph-kit';

/** What a `FollowUpIndicator` representation carries: the key and the external fields. */
export interface FollowUpRequest {
  id: string;
  indicatorKey: string;
  districtCodes: string[];
  startDate: string;
  baseline: number | null;
  target: number;
}

/** A real calendar date written `2024-09-01`. */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Checks the shape of a representation the gateway sent; whether the indicator and districts
 * exist is checked against the data, in the batch.
 */
export function parseFollowUpRepresentation(reference: Record<string, unknown>): FollowUpRequest {
  const { id, indicatorKey, districtCodes, startDate, baseline, target } = reference;
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new InvalidInputError('id', 'A FollowUpIndicator representation needs its id.');
  }
  if (typeof indicatorKey !== 'string' || indicatorKey.trim() === '') {
    throw new InvalidInputError('indicatorKey', 'indicatorKey must name an indicator.');
  }
  if (!Array.isArray(districtCodes) || !districtCodes.every((c) => typeof c === 'string')) {
    throw new InvalidInputError('districtCodes', 'districtCodes must be a list of SCB codes.');
  }
  if (typeof startDate !== 'string' || !isIsoDate(startDate)) {
    throw new InvalidInputError(
      'startDate',
      `startDate ${JSON.stringify(startDate ?? null)} is not a date: write it as 2024-09-01.`,
    );
  }
  if (baseline !== null && baseline !== undefined && !isNumber(baseline)) {
    throw new InvalidInputError('baseline', 'baseline must be a number or null.');
  }
  if (!isNumber(target)) {
    throw new InvalidInputError('target', 'target must be a number.');
  }
  return {
    id: String(id),
    indicatorKey,
    districtCodes: districtCodes.map(String),
    startDate,
    baseline: baseline ?? null,
    target,
  };
}
