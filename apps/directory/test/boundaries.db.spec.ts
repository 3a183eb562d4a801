import { createLogger } from '@lagesbild/service';
import { loadAppConfig, startSubgraph, type SubgraphServer } from '@lagesbild/subgraph-kit';
import {
  postGraphQL,
  startTestDatabase,
  startTestIssuer,
  type TestDatabase,
  type TestIssuer,
} from '@lagesbild/test-kit';
import { directoryApp } from '../src/directory-app';

/** A square of `size` metres in SWEREF 99 TM, counterclockwise and closed. */
function square(east: number, north: number, size = 1000): number[][] {
  return [
    [east, north],
    [east + size, north],
    [east + size, north + size],
    [east, north + size],
    [east, north],
  ];
}

const feature = (code: string, coordinates: number[][][], type = 'Polygon') => ({
  type: 'Feature',
  properties: { regsokod: code, regsonamn: 'namn' },
  geometry: { type, coordinates },
});

const collection = (features: object[], crs?: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
    features,
  });

const LOAD = `mutation($g: String!, $dry: Boolean) { importDistrictBoundaries(geojson: $g, dryRun: $dry) {
  ok referenceSystem districts missing problems { feature code message } } }`;

interface Answer {
  importDistrictBoundaries: {
    ok: boolean;
    referenceSystem: string;
    districts: number;
    missing: string[];
    problems: { feature: number; code: string | null; message: string }[];
  };
}

describe('loading district boundaries from GeoJSON', () => {
  let database: TestDatabase;
  let issuer: TestIssuer;
  let server: SubgraphServer;
  let admin: string;

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
    server = await startSubgraph(directoryApp, config, createLogger('directory', 'error'));
    admin = await issuer.tokenFor({
      username: 'admin',
      name: 'Admin',
      roles: ['ADMIN'],
      organisation: null,
    });
  });

  afterAll(async () => {
    await server?.stop();
    await Promise.all([database?.stop(), issuer?.stop()]);
  });

  const load = (geojson: string, dryRun = false, token = admin) =>
    postGraphQL<Answer>(server.url, LOAD, { token, variables: { g: geojson, dry: dryRun } });

  const boundaryOf = async (code: string) => {
    const response = await postGraphQL<{ district: { boundary: string | null } }>(
      server.url,
      `{ district(code: "${code}") { boundary } }`,
      { token: admin },
    );
    const text = response.data!.district.boundary;
    return text ? (JSON.parse(text) as { type: string; coordinates: number[][][] }) : null;
  };

  it('reads SCB’s SWEREF 99 TM, stores WGS 84, and says which districts still lack a boundary', async () => {
    const file = collection(
      [
        feature('1980R001', [square(587_000, 6_610_000)]),
        feature('1980R002', [square(589_000, 6_610_000)]),
      ],
      'urn:ogc:def:crs:EPSG::3006',
    );
    const dry = await load(file, true);
    expect(dry.data!.importDistrictBoundaries).toMatchObject({ ok: true, districts: 2 });
    expect(await boundaryOf('1980R001')).toBeNull();

    const result = (await load(file)).data!.importDistrictBoundaries;
    expect(result).toMatchObject({ ok: true, referenceSystem: 'SWEREF_99_TM', districts: 2 });
    expect(result.missing).toHaveLength(48);
    const boundary = await boundaryOf('1980R001');
    expect(boundary?.type).toBe('Polygon');
    // Central Västerås: about 16.5° E, 59.6° N.
    for (const [lon = 0, lat = 0] of boundary!.coordinates[0]!) {
      expect(lon).toBeGreaterThan(16.4);
      expect(lon).toBeLessThan(16.6);
      expect(lat).toBeGreaterThan(59.5);
      expect(lat).toBeLessThan(59.7);
    }
  });

  it('reads WGS 84 too, and simplifies detail finer than the screen needs', async () => {
    const dense: number[][] = [];
    for (let i = 0; i <= 400; i++) dense.push([16.5 + i * 0.00001, 59.6 + Math.sin(i) * 0.0000005]);
    const ring = [...dense, [16.504, 59.61], [16.5, 59.61], [16.5, 59.6]];
    const result = (await load(collection([feature('1980R003', [ring])]))).data!
      .importDistrictBoundaries;
    expect(result).toMatchObject({ ok: true, referenceSystem: 'WGS_84' });
    const stored = await boundaryOf('1980R003');
    expect(stored!.coordinates[0]!.length).toBeLessThan(20);
  });

  it('names unknown codes and invalid geometry, and stores nothing', async () => {
    const crossed = [
      [587_000, 6_610_000],
      [588_000, 6_611_000],
      [588_000, 6_610_000],
      [587_000, 6_611_000],
      [587_000, 6_610_000],
    ];
    const open = square(590_000, 6_610_000).slice(0, 4);
    const result = (
      await load(
        collection([
          feature('1980R004', [square(587_000, 6_610_000)]),
          feature('1980R999', [square(587_000, 6_610_000)]),
          feature('1980R005', [crossed]),
          feature('1980R006', [open]),
          {
            type: 'Feature',
            properties: { regsokod: '1980R007' },
            geometry: { type: 'Point', coordinates: [16.5, 59.6] },
          },
        ]),
      )
    ).data!.importDistrictBoundaries;
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.feature}:${p.code}`)).toEqual([
      '2:1980R999',
      '3:1980R005',
      '4:1980R006',
      '5:1980R007',
    ]);
    expect(result.problems[0]!.message).toContain('Unknown district "1980R999"');
    expect(result.problems[3]!.message).toContain('Point');
    expect(await boundaryOf('1980R004')).toBeNull();

    const notGeoJson = await load('{"type": "Topology"}');
    expect(notGeoJson.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'geojson',
    });
    const otherSystem = await load(collection([feature('1980R004', [square(1, 2)])], 'EPSG:3857'));
    expect(otherSystem.errors?.[0]?.message).toMatch(/EPSG:3857.*SWEREF 99 TM/);
  });

  it('lets only admins load boundaries', async () => {
    const analyst = await issuer.tokenFor({
      username: 'a',
      name: 'A',
      roles: ['ANALYST'],
      organisation: null,
    });
    const response = await load(collection([]), false, analyst);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
