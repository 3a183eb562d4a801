import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SubgraphRequestContext } from '@lagesbild/subgraph-kit';
import { SUBGRAPHS } from '@lagesbild/supergraph';
import {
  createPopulationLoader,
  type PopulationLoader,
} from './district/district-population.loader';
import { FigureCache } from './figure-cache/figure-cache';
import type { FollowUpIndicator } from './follow-up/follow-up-indicator';
import { createFollowUpProgressLoader } from './follow-up/follow-up.loader';
import { FollowUpProgressService } from './follow-up/follow-up-progress.service';
import type { FollowUpRequest } from './follow-up/follow-up-request';
import { ImportUndoService } from './import/import-undo.service';
import { ImportService } from './import/import.service';
import type { Indicator } from './indicator/indicator.entity';
import { createIndicatorLoader } from './indicator/indicator.loader';
import { IndicatorService } from './indicator/indicator.service';
import { ObservationService } from './observation/observation.service';
import { PeriodCoverageService } from './period/period-coverage.service';
import { SeriesService } from './series/series.service';
import {
  createPictureLoader,
  type PictureLoader,
} from './situation-picture/situation-picture.loader';
import { SituationPictureService } from './situation-picture/situation-picture.service';

export interface SituationServices {
  indicators: IndicatorService;
  observations: ObservationService;
  coverage: PeriodCoverageService;
  pictures: SituationPictureService;
  series: SeriesService;
  imports: ImportService;
  importUndo: ImportUndoService;
  /** The directory subgraph, which an import asks (as the caller) which districts exist. */
  directoryUrl: string;
  followUps: FollowUpProgressService;
}

export interface SituationLoaders {
  indicatorByKey: DataLoader<string, Indicator | null>;
  /** One situation picture per period and selection asked for in a request. */
  picture: PictureLoader;
  /** Every follow-up indicator the gateway asks about in a request, computed in one batch. */
  followUpProgress: DataLoader<FollowUpRequest, FollowUpIndicator, string>;
  /** Each district's population per year, by district code. */
  populations: PopulationLoader;
}

/** What the situation subgraph's resolvers receive. */
export type SituationContext = SubgraphRequestContext<SituationServices, SituationLoaders>;

/**
 * Once per process; `cache` keeps computed figures per data version (FigureCache.none() keeps
 * none); `directoryUrl` is where the directory subgraph answers (DIRECTORY_URL).
 */
export function createSituationServices(
  dataSource: DataSource,
  cache: FigureCache = FigureCache.forDatabase(dataSource),
  directoryUrl: string = SUBGRAPHS.find((s) => s.name === 'directory')?.defaultUrl ?? '',
): SituationServices {
  const indicators = new IndicatorService(dataSource);
  const observations = new ObservationService(dataSource);
  const coverage = new PeriodCoverageService(dataSource);
  return {
    indicators,
    observations,
    coverage,
    pictures: new SituationPictureService(indicators, observations, coverage, cache),
    series: new SeriesService(indicators, observations, cache),
    imports: new ImportService(dataSource, observations),
    importUndo: new ImportUndoService(dataSource),
    directoryUrl,
    followUps: new FollowUpProgressService(indicators, observations, cache),
  };
}

/** Once per request. */
export function createSituationLoaders(services: SituationServices): SituationLoaders {
  return {
    indicatorByKey: createIndicatorLoader(services.indicators),
    picture: createPictureLoader(services.pictures),
    followUpProgress: createFollowUpProgressLoader(services.followUps),
    populations: createPopulationLoader(services.observations),
  };
}
