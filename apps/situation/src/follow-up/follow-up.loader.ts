import DataLoader from 'dataloader';
import type { FollowUpIndicator } from './follow-up-indicator';
import type { FollowUpProgressService } from './follow-up-progress.service';
import type { FollowUpRequest } from './follow-up-request';

/** Every follow-up indicator the gateway asks about in a request, computed in one batch. */
export function createFollowUpProgressLoader(
  service: FollowUpProgressService,
): DataLoader<FollowUpRequest, FollowUpIndicator, string> {
  return new DataLoader((requests) => service.progress(requests), {
    cacheKeyFn: (request) => JSON.stringify(request),
  });
}
