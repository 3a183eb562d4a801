import type { SituationContext } from '../situation-context';
import type { FollowUpIndicator } from './follow-up-indicator';
import { parseFollowUpRepresentation } from './follow-up-request';

/**
 * Resolves a `FollowUpIndicator` the gateway sends with its required fields. Every representation
 * of a request joins one batch, so the progress of many costs the same statements as one. Async, so
 * that a malformed representation rejects on its own rather than failing every entity of the request.
 */
export async function resolveFollowUpReference(
  reference: Record<string, unknown>,
  { loaders }: SituationContext,
): Promise<FollowUpIndicator> {
  return await loaders.followUpProgress.load(parseFollowUpRepresentation(reference));
}
