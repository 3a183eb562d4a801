import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@lagesbild/subgraph-kit';
import { FigureCache } from './figure-cache/figure-cache';
import type { FollowUpIndicator } from './follow-up/follow-up-indicator';
import { FollowUpProgressService } from './follow-up/follow-up-progress.service';
import type { FollowUpRequest } from './follow-up/follow-up-request';
import { ImportService } from './import/import.service';
import type { Indicator } from './indicator/indicator.entity';
import { IndicatorService } from './indicator/indicator.service';
import { SeriesService } from './series/series.service';
import { SituationPictureService } from './situation-picture/situation-picture.service';
import type { SituationPicture } from './situation-picture/situation-picture.types';

export interface SituationServices {
  indicators: IndicatorService;
  pictures: SituationPictureService;
  series: SeriesService;
  imports: ImportService;
  followUps: FollowUpProgressService;
}

/** What the situation subgraph's resolvers receive. */
export interface SituationContext extends SubgraphContext {
  services: SituationServices;
  loaders: {
    indicatorByKey: DataLoader<string, Indicator | null>;
    /** One situation picture per period asked for in a request, shared by every field that needs it. */
    picture: DataLoader<string, SituationPicture>;
    /** Every follow-up indicator the gateway asks about in a request, computed in one batch. */
    followUpProgress: DataLoader<FollowUpRequest, FollowUpIndicator, string>;
  };
}

/** The services; `cache` keeps computed figures per data version (FigureCache.none() keeps none). */
export function createSituationServices(
  dataSource: DataSource,
  cache: FigureCache = FigureCache.forDatabase(dataSource),
): SituationServices {
  return {
    indicators: new IndicatorService(dataSource),
    pictures: new SituationPictureService(dataSource, cache),
    series: new SeriesService(dataSource, cache),
    imports: new ImportService(dataSource),
    followUps: new FollowUpProgressService(dataSource, cache),
  };
}

export function createSituationContext(
  base: SubgraphContext,
  services: SituationServices,
): SituationContext {
  return {
    ...base,
    services,
    loaders: {
      indicatorByKey: new DataLoader(async (keys) => {
        const found = new Map((await services.indicators.findByKeys(keys)).map((i) => [i.key, i]));
        return keys.map((key) => found.get(key) ?? null);
      }),
      picture: new DataLoader(
        (periods) =>
          Promise.all(periods.map((period) => services.pictures.picture(period || null))),
        { batch: false },
      ),
      followUpProgress: new DataLoader((requests) => services.followUps.progress(requests), {
        cacheKeyFn: (request) => JSON.stringify(request),
      }),
    },
  };
}
