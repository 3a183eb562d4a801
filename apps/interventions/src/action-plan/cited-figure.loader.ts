import DataLoader from 'dataloader';
import type { MunicipalFigureNow, ReferenceData } from '../reference-data/reference-data';

/** One cited figure: an indicator's municipal figure in a period. */
export interface CitedFigureKey {
  indicatorKey: string;
  period: string;
}

/**
 * The municipal figures plans cite, as published now: one request to the situation subgraph
 * per distinct period among all the figures a response needs, whatever the number of plans.
 */
export type CitedFigureLoader = DataLoader<CitedFigureKey, MunicipalFigureNow | null, string>;

export function citedFigureLoader(referenceData: ReferenceData): CitedFigureLoader {
  return new DataLoader<CitedFigureKey, MunicipalFigureNow | null, string>(
    async (keys) => {
      const periods = [...new Set(keys.map((k) => k.period))];
      const answers = new Map(
        await Promise.all(
          periods.map(async (period) => {
            const wanted = [
              ...new Set(keys.filter((k) => k.period === period).map((k) => k.indicatorKey)),
            ];
            return [period, await referenceData.municipalFiguresIn(period, wanted)] as const;
          }),
        ),
      );
      return keys.map((k) => answers.get(k.period)?.get(k.indicatorKey) ?? null);
    },
    { cacheKeyFn: (k) => `${k.period}\u0000${k.indicatorKey}` },
  );
}
