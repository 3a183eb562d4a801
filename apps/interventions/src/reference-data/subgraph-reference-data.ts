import type { SubgraphName } from '@lagesbild/supergraph';
import type { CitedFigureReference } from '../action-plan/action-plan-snapshot';
import type { MunicipalFigureNow, ReferenceData } from './reference-data';

/** Reference data changes seldom (a reorganisation, new districts): a minute old is fresh enough. */
const CACHE_MILLISECONDS = 60_000;

interface CacheEntry {
  expires: number;
  value: Promise<unknown>;
}

const cache = new Map<string, CacheEntry>();

/**
 * Reads reference data from the subgraphs that own it, over GraphQL, as the caller
 * (their token is passed on, and each subgraph verifies it). Never reads their tables.
 */
export class SubgraphReferenceData implements ReferenceData {
  constructor(
    private readonly urls: Record<SubgraphName, string>,
    private readonly authorization: string,
  ) {}

  private async query<Data>(
    subgraph: SubgraphName,
    query: string,
    variables?: object,
  ): Promise<Data> {
    const response = await fetch(this.urls[subgraph], {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: this.authorization },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
    if (!body.data) {
      throw new Error(
        `The ${subgraph} subgraph did not answer: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`,
      );
    }
    return body.data;
  }

  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = cache.get(key);
    if (hit && hit.expires > Date.now()) return hit.value as Promise<T>;
    const value = load();
    cache.set(key, { expires: Date.now() + CACHE_MILLISECONDS, value });
    value.catch(() => cache.delete(key));
    return value;
  }

  organisations() {
    return this.cached(`${this.urls.directory}#organisations`, async () => {
      const data = await this.query<{
        organisations: { code: string; name: string; kind: string }[];
      }>('directory', '{ organisations { code name kind } }');
      return new Map(data.organisations.map((o) => [o.code, { name: o.name, kind: o.kind }]));
    });
  }

  async districtCodes() {
    return new Set((await this.districts()).keys());
  }

  districts() {
    return this.cached(`${this.urls.directory}#districts`, async () => {
      const data = await this.query<{ districts: { code: string; name: string }[] }>(
        'directory',
        '{ districts { code name } }',
      );
      return new Map(data.districts.map((d) => [d.code, { name: d.name }]));
    });
  }

  indicators() {
    return this.cached(`${this.urls.situation}#indicators`, async () => {
      const data = await this.query<{ indicators: { key: string; name: string; unit: string }[] }>(
        'situation',
        '{ indicators { key name unit } }',
      );
      return new Map(data.indicators.map((i) => [i.key, { name: i.name, unit: i.unit }]));
    });
  }

  async citedPeriods(keys: string[]): Promise<CitedFigureReference[]> {
    if (keys.length === 0) return [];
    const data = await this.query<{
      indicators: {
        key: string;
        name: string;
        unit: string;
        municipalFigure: { period: string } | null;
      }[];
    }>('situation', '{ indicators { key name unit municipalFigure { period } } }');
    const wanted = new Set(keys);
    return data.indicators
      .filter((i) => wanted.has(i.key))
      .map((i) => ({
        indicatorKey: i.key,
        name: i.name,
        unit: i.unit,
        period: i.municipalFigure?.period ?? null,
      }));
  }

  async municipalFiguresIn(
    period: string,
    keys: string[],
  ): Promise<Map<string, MunicipalFigureNow>> {
    const data = await this.query<{
      situationPicture: {
        municipal: {
          indicator: { key: string };
          period: string;
          value: number | null;
          trend: { assessment: string } | null;
        }[];
      };
    }>(
      'situation',
      'query($period: String!, $keys: [String!]) { situationPicture(period: $period, indicators: $keys) { municipal { indicator { key } period value trend { assessment } } } }',
      { period, keys },
    );
    return new Map(
      data.situationPicture.municipal
        .filter((figure) => figure.period === period)
        .map((figure) => [
          figure.indicator.key,
          { value: figure.value, trend: figure.trend?.assessment ?? null },
        ]),
    );
  }
}
