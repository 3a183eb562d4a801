import { openDatabase } from '@lagesbild/db';
import { startSubgraphProcess } from '@lagesbild/launcher';
import { createLogger } from '@lagesbild/service';
import {
  loadAppConfig,
  startSubgraph,
  type SubgraphConfig,
  type SubgraphServer,
} from '@lagesbild/subgraph-kit';
import {
  startTestDatabase,
  startTestIssuer,
  type TestDatabase,
  type TestIssuer,
} from '@lagesbild/test-kit';
import type { Principal } from '@lagesbild/auth';
import {
  IndicatorCategory,
  IndicatorDirection,
  IndicatorFrequency,
  Normalisation,
} from '../src/indicator/indicator-enums';
import { Indicator } from '../src/indicator/indicator.entity';
import { situationApp } from '../src/situation-app';

// No organisation: none is needed to read, import or undo.
export const analyst: Principal = {
  username: 'analytiker',
  name: 'Analytiker',
  roles: ['ANALYST'],
  organisation: null,
};

export const leadership: Principal = {
  username: 'ks.ordforande',
  name: 'Ordförande',
  roles: ['LEADERSHIP'],
  organisation: null,
};

export const committee: Principal = {
  username: 'gsn.sekreterare',
  name: 'GSN',
  roles: ['COMMITTEE'],
  organisation: null,
};

/** A small catalogue whose figures a test can work out by hand. */
const TEST_INDICATORS: Partial<Indicator>[] = [
  {
    key: 'population',
    name: 'Folkmängd',
    category: IndicatorCategory.POPULATION,
    frequency: IndicatorFrequency.YEAR,
    direction: IndicatorDirection.HIGHER_IS_BETTER,
    normalisation: Normalisation.AS_IS,
  },
  {
    key: 'crime_x',
    name: 'Brott X',
    category: IndicatorCategory.CRIME,
    frequency: IndicatorFrequency.QUARTER,
    direction: IndicatorDirection.HIGHER_IS_WORSE,
    normalisation: Normalisation.PER_1000_INHABITANTS,
    target: 8,
    koladaKpi: 'N07403',
    koladaFactor: 1 / 100 / 4,
  },
  {
    key: 'share_y',
    name: 'Andel Y',
    category: IndicatorCategory.SCHOOL,
    frequency: IndicatorFrequency.YEAR,
    direction: IndicatorDirection.HIGHER_IS_BETTER,
    normalisation: Normalisation.SHARE,
  },
  {
    key: 'insecurity_z',
    name: 'Otrygghet Z',
    category: IndicatorCategory.PERCEIVED_SAFETY,
    frequency: IndicatorFrequency.YEAR,
    direction: IndicatorDirection.HIGHER_IS_WORSE,
    normalisation: Normalisation.AS_IS,
  },
];

export interface SituationFixture {
  url: string;
  /** The directory subgraph beside it (the Västerås demo's 50 districts), on the same database. */
  directoryUrl: string;
  database: TestDatabase;
  issuer: TestIssuer;
  server: SubgraphServer;
  /** The configuration the subgraph started with: another instance on the same database. */
  config: SubgraphConfig;
  statements: string[];
  tokenFor(principal: Principal): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The situation subgraph over HTTP on a fresh database: either with the Västerås demo data,
 * or with the small hand-checkable catalogue above and no observations. It computes every answer
 * afresh (so that tests count what computing costs) unless asked to keep answers.
 */
export async function startSituationFixture(
  demoData: boolean,
  { keepAnswers = false }: { keepAnswers?: boolean } = {},
): Promise<SituationFixture> {
  const [database, issuer] = await Promise.all([startTestDatabase(), startTestIssuer()]);
  if (!demoData) {
    const dataSource = await openDatabase(
      situationApp.createDataSource(database.url),
      database.url,
    );
    await dataSource.getRepository(Indicator).insert(
      TEST_INDICATORS.map((i) => ({
        nameEn: i.name,
        description: i.name,
        unit: 'enhet',
        source: 'test',
        ...i,
      })),
    );
    await dataSource.destroy();
  }
  const auth = {
    DATABASE_URL: database.url,
    PORT: '0',
    OIDC_ISSUER: issuer.issuer,
    OIDC_AUDIENCE: issuer.audience,
    OIDC_JWKS_URL: issuer.jwksUrl.toString(),
    LOG_LEVEL: 'error',
  };
  // The directory as `npm start` runs it (a process of its own): imports ask it which districts exist.
  const directoryLog: string[] = [];
  const directory = await startSubgraphProcess('directory', {
    env: { PATH: process.env.PATH, ...auth, DEMO_DATA: 'true' },
    log: (_, line) => directoryLog.push(line),
  }).catch((error: unknown) => {
    console.error(directoryLog.join('\n'));
    throw error;
  });
  const config = loadAppConfig(situationApp, {
    ...auth,
    DIRECTORY_URL: directory.url,
    DEMO_DATA: String(demoData),
    ANSWER_CACHE: String(keepAnswers),
  });
  const statements: string[] = [];
  const server = await startSubgraph(situationApp, config, createLogger('situation', 'error'), {
    onQuery: (sql) => statements.push(sql),
  });
  return {
    url: server.url,
    directoryUrl: directory.url,
    database,
    issuer,
    server,
    config,
    statements,
    tokenFor: (principal) => issuer.tokenFor(principal),
    async stop() {
      await Promise.all([server.stop(), directory.stop()]);
      await Promise.all([database.stop(), issuer.stop()]);
    },
  };
}
