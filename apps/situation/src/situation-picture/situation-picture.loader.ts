import DataLoader from 'dataloader';
import type { SituationPictureService } from './situation-picture.service';
import type { SituationPicture } from './situation-picture.types';

/** Which picture: a period (null: each indicator's latest final one) and indicator keys (null: all). */
export interface PictureKey {
  period: string | null;
  indicators: string[] | null;
}

export type PictureLoader = DataLoader<PictureKey, SituationPicture, string>;

/**
 * One situation picture per period and selection asked for in a request, shared by every field
 * that needs it (the top-level `situationPicture`, `District.situation`, `Indicator.situation`), so
 * that asking for several computes each picture once.
 */
export function createPictureLoader(service: SituationPictureService): PictureLoader {
  return new DataLoader(
    (keys) => Promise.all(keys.map((key) => service.picture(key.period, key.indicators))),
    {
      batch: false,
      cacheKeyFn: ({ period, indicators }) =>
        JSON.stringify([period || null, indicators?.length ? indicators : null]),
    },
  );
}
