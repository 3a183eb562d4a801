import type { SubgraphName } from '@lagesbild/supergraph';
import type { MunicipalFigureSnapshot, ReferenceData } from './reference-data';

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

  districtCodes() {
    return this.cached(`${this.urls.directory}#districts`, async () => {
      const data = await this.query<{ districts: { code: string }[] }>(
        'directory',
        '{ districts { code } }',
      );
      return new Set(data.districts.map((d) => d.code));
    });
  }

  people() {
    return this.cached(`${this.urls.directory}#people`, async () => {
      const data = await this.query<{
        people: { username: string; name: string; organisation: { code: string } | null }[];
      }>('directory', '{ people { username name organisation { code } } }');
      return new Map(
        data.people.map((p) => [
          p.username,
          { name: p.name, organisation: p.organisation?.code ?? null },
        ]),
      );
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

  async municipalFigures(keys: string[]): Promise<MunicipalFigureSnapshot[]> {
    if (keys.length === 0) return [];
    const data = await this.query<{
      indicators: {
        key: string;
        name: string;
        unit: string;
        municipalFigure: {
          period: string;
          value: number | null;
          trend: { assessment: string } | null;
        } | null;
      }[];
    }>(
      'situation',
      '{ indicators { key name unit municipalFigure { period value trend { assessment } } } }',
    );
    const wanted = new Set(keys);
    return data.indicators
      .filter((i) => wanted.has(i.key))
      .map((i) => ({
        indicatorKey: i.key,
        name: i.name,
        unit: i.unit,
        period: i.municipalFigure?.period ?? null,
        value: i.municipalFigure?.value ?? null,
        trend: i.municipalFigure?.trend?.assessment ?? null,
      }));
  }
}
