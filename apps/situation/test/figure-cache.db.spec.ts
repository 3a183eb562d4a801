import { openDatabase, readDataVersion, tablesWithoutDataVersion } from '@lagesbild/db';
import { createLogger } from '@lagesbild/service';
import { startSubgraph, type SubgraphServer } from '@lagesbild/subgraph-kit';
import { postGraphQL } from '@lagesbild/test-kit';
import type { DataSource } from 'typeorm';
import { FigureCache } from '../src/figure-cache/figure-cache';
import { createSituationServices, type SituationServices } from '../src/situation-context';
import { situationApp } from '../src/situation-app';
import { analyst, startSituationFixture, type SituationFixture } from './situation-fixture';

const IMPORT = `mutation($content: String!) {
  importObservations(format: CSV, content: $content) { ok inserted existing problems { row message } } }`;

const PICTURE = `query($period: String) { situationPicture(period: $period) {
  cells { district { code } indicator { key } period value rate suppressed deviation trend { direction pValue } }
  municipal { indicator { key } value } } }`;

const DISTRICTS = ['1980R001', '1980R002', '1980R003', '1980R004', '1980R005', '1980R006'];
const QUARTERS = [2022, 2023, 2024, 2025].flatMap((year) =>
  [1, 2, 3, 4].map((q) => `${year}-Q${q}`),
);
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

/** A random number generator with a seed, so that a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Random figures for every indicator of the fixture's catalogue, small counts included. */
function randomCsv(random: () => number): string {
  const lines = ['indicator,district,period,value,numerator,denominator,provisional'];
  for (const district of DISTRICTS) {
    for (const year of YEARS) {
      lines.push(`population,${district},${year},${500 + Math.floor(random() * 5000)},,,false`);
      const denominator = 20 + Math.floor(random() * 200);
      const numerator = Math.floor(random() * denominator);
      const share = ((numerator / denominator) * 100).toFixed(4);
      lines.push(`share_y,${district},${year},${share},${numerator},${denominator},false`);
      lines.push(`insecurity_z,${district},${year},${(random() * 40).toFixed(2)},,,false`);
    }
    QUARTERS.forEach((quarter, i) => {
      const provisional = i === QUARTERS.length - 1 && random() < 0.5;
      lines.push(`crime_x,${district},${quarter},${Math.floor(random() * 30)},,,${provisional}`);
    });
  }
  return lines.join('\n');
}

/** Every answer the cache keeps, as JSON. */
async function answers(services: SituationServices): Promise<string> {
  const results = await Promise.all([
    services.pictures.picture(null, null),
    services.pictures.picture('2024', null),
    services.pictures.picture('2025-Q2', ['crime_x', 'share_y']),
    services.pictures.picture(null, ['insecurity_z']),
    services.series.series('crime_x', null, null, null),
    services.series.series('share_y', ['1980R002', '1980R005'], '2020', '2025'),
    services.followUps.progress([
      {
        id: 'a',
        indicatorKey: 'crime_x',
        districtCodes: ['1980R001', '1980R002'],
        startDate: '2024-01-01',
        baseline: null,
        target: 5,
      },
      {
        id: 'b',
        indicatorKey: 'share_y',
        districtCodes: [],
        startDate: '2022-07-01',
        baseline: 40,
        target: 60,
      },
    ]),
  ]);
  return JSON.stringify(results);
}

describe('figures computed once per change of the data', () => {
  let fixture: SituationFixture;
  let token: string;
  let dataSource: DataSource;
  let other: SubgraphServer;

  const importThrough = async (url: string, content: string) => {
    const answer = await postGraphQL<{ importObservations: { ok: boolean } }>(url, IMPORT, {
      token,
      variables: { content },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.importObservations.ok).toBe(true);
  };

  const pictureThrough = async (url: string, period: string | null = null) => {
    const answer = await postGraphQL(url, PICTURE, { token, variables: { period } });
    expect(answer.errors).toBeUndefined();
    return answer.data;
  };

  beforeAll(async () => {
    fixture = await startSituationFixture(false, { keepAnswers: true });
    token = await fixture.tokenFor(analyst);
    dataSource = await openDatabase(
      situationApp.createDataSource(fixture.database.url),
      fixture.database.url,
    );
    other = await startSubgraph(situationApp, fixture.config, createLogger('situation', 'error'));
  });

  afterAll(async () => {
    await other?.stop();
    await dataSource?.destroy();
    await fixture?.stop();
  });

  it('has every table of the schema raise the data version', async () => {
    expect(await tablesWithoutDataVersion(dataSource)).toEqual([]);
  });

  it('gives byte for byte what computing afresh gives, before and after an import', async () => {
    const random = seeded(20_261_205);
    const cached = createSituationServices(dataSource);
    const fresh = createSituationServices(dataSource, FigureCache.none());
    await importThrough(fixture.url, randomCsv(random));
    const first = await answers(fresh);
    expect(await answers(cached)).toBe(first);
    // Served from memory the second time: still the same.
    expect(await answers(cached)).toBe(first);

    const before = await readDataVersion(dataSource);
    await importThrough(fixture.url, randomCsv(random));
    expect(BigInt(await readDataVersion(dataSource))).toBeGreaterThan(BigInt(before));
    const second = await answers(fresh);
    expect(second).not.toBe(first);
    expect(await answers(cached)).toBe(second);
  });

  it('shows a figure imported through one instance in the very next answer of another', async () => {
    for (const url of [fixture.url, other.url]) await pictureThrough(url);
    await pictureThrough(other.url, '2025-Q4');
    for (const value of [1234, 4321]) {
      // Every district of the quarter at or above the threshold, so that none is hidden.
      await importThrough(
        fixture.url,
        [
          'indicator,district,period,value',
          ...DISTRICTS.map((d) => `crime_x,${d},2025-Q4,${d === '1980R003' ? value : 10}`),
        ].join('\n'),
      );
      const picture = (await pictureThrough(other.url, '2025-Q4')) as {
        situationPicture: {
          cells: { district: { code: string }; indicator: { key: string }; value: number | null }[];
        };
      };
      const cell = picture.situationPicture.cells.find(
        (c) => c.district.code === '1980R003' && c.indicator.key === 'crime_x',
      );
      expect(cell?.value).toBe(value);
    }
  });
});
