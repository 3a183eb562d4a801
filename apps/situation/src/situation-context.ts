import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@lagesbild/subgraph-kit';
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
}

/** What the situation subgraph's resolvers receive. */
export interface SituationContext extends SubgraphContext {
  services: SituationServices;
  loaders: {
    indicatorByKey: DataLoader<string, Indicator | null>;
    /** One situation picture per period asked for in a request, shared by every field that needs it. */
    picture: DataLoader<string, SituationPicture>;
  };
}

export function createSituationServices(dataSource: DataSource): SituationServices {
  return {
    indicators: new IndicatorService(dataSource),
    pictures: new SituationPictureService(dataSource),
    series: new SeriesService(dataSource),
    imports: new ImportService(dataSource),
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
    },
  };
}
