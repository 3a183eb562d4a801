import { dataOf, postGraphQL, PromiseCache } from '@lagesbild/service';
import type { SubgraphName } from '@lagesbild/supergraph';
import type { CitedFigureReference } from '../action-plan/action-plan-snapshot';
import type { MunicipalFigureNow, ReferenceData } from './reference-data';

/** Reference data changes seldom (a reorganisation, new districts): a minute old is fresh enough. */
const cache = new PromiseCache<unknown>({ max: 100, ttlMs: 60_000 });

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
    variables?: Record<string, unknown>,
  ): Promise<Data> {
    const response = await postGraphQL<Data>(this.urls[subgraph], query, {
      authorization: this.authorization,
      variables,
      timeoutMs: 10_000,
    });
    return dataOf(response, `The ${subgraph} subgraph did not answer`);
  }

  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    return cache.get(key, load) as Promise<T>;
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
