import { openDatabase } from '@lagesbild/db';
import { createLogger } from '@lagesbild/service';
import {
  loadAppConfig,
  startSubgraph,
  subgraphDrift,
  type SubgraphServer,
} from '@lagesbild/subgraph-kit';
import {
  postGraphQL,
  startTestDatabase,
  startTestIssuer,
  type TestDatabase,
  type TestIssuer,
} from '@lagesbild/test-kit';
import { createDirectoryDataSource } from '../src/data-source';
import { seedDirectory } from '../src/seed/seed-directory';
import { directoryApp } from '../src/directory-app';

const gsnSecretary = {
  username: 'gsn.sekreterare',
  name: 'GSN',
  roles: ['COMMITTEE' as const],
  organisation: 'GSN',
};

describe('directory subgraph over HTTP', () => {
  let database: TestDatabase;
  let issuer: TestIssuer;
  let server: SubgraphServer;
  let token: string;
  const statements: string[] = [];

  beforeAll(async () => {
    [database, issuer] = await Promise.all([startTestDatabase(), startTestIssuer()]);
    const config = loadAppConfig(directoryApp, {
      DATABASE_URL: database.url,
      PORT: '0',
      OIDC_ISSUER: issuer.issuer,
      OIDC_AUDIENCE: issuer.audience,
      OIDC_JWKS_URL: issuer.jwksUrl.toString(),
      DEMO_DATA: 'true',
      LOG_LEVEL: 'error',
    });
    server = await startSubgraph(directoryApp, config, createLogger('directory', config.logLevel), {
      onQuery: (sql) => statements.push(sql),
    });
    token = await issuer.tokenFor(gsnSecretary);
  });

  afterAll(async () => {
    await server?.stop();
    await Promise.all([database?.stop(), issuer?.stop()]);
  });

  it('answers the Västerås council, organisations and districts', async () => {
    const response = await postGraphQL<{
      council: { municipalityName: string; coChairs: { organisation: { code: string } }[] };
      organisations: { code: string; kind: string }[];
      districts: { code: string; name: string }[];
    }>(
      server.url,
      `{ council { municipalityName coChairs { organisation { code } } }
         organisations { code kind }
         districts { code name } }`,
      { token },
    );
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    expect(data.council.municipalityName).toBe('Västerås');
    expect(data.council.coChairs.map((c) => c.organisation.code).sort()).toEqual(['KS', 'LPO']);
    expect(data.organisations.map((o) => `${o.code}:${o.kind}`)).toEqual([
      'GSN:COMMITTEE',
      'IFF:COMMITTEE',
      'IFN:COMMITTEE',
      'KS:COMMITTEE',
      'LPO:POLICE',
    ]);
    expect(data.districts).toHaveLength(50);
    expect(data.districts[0]).toMatchObject({
      code: '1980R001',
      name: 'Annedal-Sydvästra centrum',
    });
  });

  it('keeps no population of its own: the situation subgraph owns it', async () => {
    const response = await postGraphQL(server.url, '{ districts { code population } }', {
      token,
    });
    expect(response.errors?.[0]?.message).toMatch(/Cannot query field "population"/);
  });

  it('answers `me` for the signed-in user', async () => {
    const response = await postGraphQL<{
      me: { username: string; organisation: { code: string }; accessRoles: string[] };
    }>(server.url, '{ me { username organisation { code } accessRoles } }', { token });
    expect(response.data!.me).toEqual({
      username: 'gsn.sekreterare',
      organisation: { code: 'GSN' },
      accessRoles: ['COMMITTEE'],
    });
  });

  it('names an unknown district in a NOT_FOUND error', async () => {
    const response = await postGraphQL(server.url, '{ district(code: "1980R999") { name } }', {
      token,
    });
    expect(response.errors?.[0]?.message).toContain('1980R999');
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('resolves districts and organisations referenced by other subgraphs', async () => {
    const response = await postGraphQL<{ _entities: ({ name: string } | null)[] }>(
      server.url,
      `query($refs: [_Any!]!) { _entities(representations: $refs) {
         ... on District { name } ... on Organisation { name } } }`,
      {
        token,
        variables: {
          refs: [
            { __typename: 'District', code: '1980R002' },
            { __typename: 'Organisation', code: 'IFF' },
            { __typename: 'District', code: 'nowhere' },
          ],
        },
      },
    );
    expect(response.data!._entities).toEqual([
      { name: 'Aroslund-Karlsdal' },
      { name: 'Nämnden för idrott, fritid och förebyggande' },
      null,
    ]);
  });

  it('gives no data without a valid token', async () => {
    const anonymous = await postGraphQL(server.url, '{ districts { code } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.data ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const expired = await postGraphQL(server.url, '{ districts { code } }', {
      token: await issuer.tokenFor(gsnSecretary, -120),
    });
    expect(expired.status).toBe(401);
    expect(expired.data ?? null).toBeNull();

    const guarded = await postGraphQL(
      server.url,
      '{ _entities(representations: [{ __typename: "District", code: "1980R001" }]) { ... on District { name } } }',
      { token: 'not.a.token' },
    );
    expect(guarded.status).toBe(401);
    expect(guarded.data ?? null).toBeNull();
  });

  it('loads all districts in a fixed number of SQL statements', async () => {
    statements.length = 0;
    await postGraphQL(server.url, '{ districts { code name boundary } }', { token });
    expect(statements.filter((sql) => /^\s*SELECT/i.test(sql))).toHaveLength(1);
  });

  it('reports ready on /readyz and alive on /healthz', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      database: { reachable: true, migrationsApplied: true },
    });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});

describe('directory schema and migrations', () => {
  it('has committed the SDL it builds and migrations that produce exactly its entities, and seeds only once', async () => {
    const database = await startTestDatabase();
    try {
      const drift = await subgraphDrift(directoryApp, database.url);
      // Run `npm run schema` when the SDL differs, generate a migration when statements remain.
      expect(drift.committedSdl).toBe(drift.sdl);
      expect(drift.pendingStatements).toEqual([]);
      const dataSource = await openDatabase(createDirectoryDataSource(database.url), database.url);
      expect(await seedDirectory(dataSource)).toBe(true);
      expect(await seedDirectory(dataSource)).toBe(false);
      const [{ count }] = await dataSource.query(
        'SELECT count(*)::int AS count FROM directory.district',
      );
      expect(count).toBe(50);
      await dataSource.destroy();
    } finally {
      await database.stop();
    }
  });
});
