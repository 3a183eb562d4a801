import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SUBGRAPHS } from '@lagesbild/supergraph';
import { postGraphQL } from '@lagesbild/test-kit';
import { freeStackPorts, startStack, type Stack } from '../src';

/** The whole product as `npm start` runs it (without the dashboard), on free ports. */
async function startProduct(dataDir: string, lines: string[]): Promise<Stack> {
  return startStack({
    ports: await freeStackPorts(SUBGRAPHS.map((s) => s.name)),
    dataDir,
    demoData: true,
    dashboard: false,
    logLevel: 'info',
    env: { PATH: process.env.PATH },
    log: (service, line) => lines.push(`${service}: ${line}`),
  }).catch((error: unknown) => {
    console.error(lines.slice(-30).join('\n'));
    throw error;
  });
}

async function devToken(stack: Stack, user: string): Promise<Response> {
  return fetch(stack.gatewayUrl.replace(/\/graphql$/, '/auth/dev-token'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
}

const DONE_WHEN = '{ organisations { code name kind } districts { code name } }';

describe('the product through the gateway, on the embedded database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lagesbild-stack-'));
  const lines: string[] = [];
  let stack: Stack;

  beforeAll(async () => {
    stack = await startProduct(dataDir, lines);
  });

  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the Västerås organisations and districts for a demo token', async () => {
    const { token } = (await (await devToken(stack, 'analytiker')).json()) as { token: string };
    const response = await postGraphQL<{
      organisations: { code: string; kind: string }[];
      districts: { code: string; name: string }[];
    }>(stack.gatewayUrl, DONE_WHEN, { token });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data!.organisations.map((o) => o.code).sort()).toEqual([
      'GSN',
      'IFF',
      'IFN',
      'KS',
      'LPO',
    ]);
    expect(response.data!.districts).toHaveLength(50);
    expect(response.data!.districts).toContainEqual({ code: '1980R050', name: expect.any(String) });
  });

  it('gives no data without a token, or with a forged one', async () => {
    const anonymous = await postGraphQL(stack.gatewayUrl, DONE_WHEN);
    expect(anonymous.status).toBe(401);
    expect(anonymous.data ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const { token } = (await (await devToken(stack, 'admin')).json()) as { token: string };
    const [header, , signature] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({
        sub: 'admin',
        roles: ['ADMIN'],
        iss: 'urn:lagesbild:demo',
        aud: 'lagesbild',
      }),
    ).toString('base64url');
    const forged = await postGraphQL(stack.gatewayUrl, DONE_WHEN, {
      token: `${header}.${forgedPayload}.${signature}`,
    });
    expect(forged.status).toBe(401);
    expect(forged.data ?? null).toBeNull();
  });

  it('refuses a dev token for someone who is not a demo user, naming the known ones', async () => {
    const response = await devToken(stack, 'mallory');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/"mallory".*analytiker/);
  });

  it('passes the token on, so each subgraph verifies the signed-in user', async () => {
    const { token } = (await (await devToken(stack, 'lpo.chef')).json()) as { token: string };
    const response = await postGraphQL<{
      me: { username: string; organisation: { kind: string } };
    }>(stack.gatewayUrl, '{ me { username organisation { kind } } }', { token });
    expect(response.data!.me).toEqual({ username: 'lpo.chef', organisation: { kind: 'POLICE' } });
    const direct = await postGraphQL(stack.subgraphUrls.directory!, '{ me { username } }');
    expect(direct.status).toBe(401);
  });

  it('joins the situation picture with the directory across subgraphs', async () => {
    const { token } = (await (await devToken(stack, 'analytiker')).json()) as { token: string };
    const picture = await postGraphQL<{
      situationPicture: { cells: { district: { code: string; name: string } }[] };
    }>(
      stack.gatewayUrl,
      '{ situationPicture(indicators: ["crime_total"]) { cells { district { code name } } } }',
      {
        token,
      },
    );
    expect(picture.errors).toBeUndefined();
    expect(picture.data!.situationPicture.cells).toHaveLength(50);
    expect(picture.data!.situationPicture.cells).toContainEqual({
      district: { code: '1980R042', name: 'Västra Råby' },
    });

    const district = await postGraphQL<{
      district: { name: string; situation: { indicator: { key: string; name: string } }[] };
    }>(
      stack.gatewayUrl,
      '{ district(code: "1980R046") { name situation { indicator { key name } } } }',
      {
        token,
      },
    );
    expect(district.data!.district.name).toBe('Östra Bäckby');
    expect(district.data!.district.situation).toHaveLength(17);
  });

  it('imports a file from the command line through the gateway', async () => {
    const file = path.join(dataDir, 'import.csv');
    writeFileSync(file, 'indicator,district,period,value\ncrime_total,1980R001,2026-11,12\n');
    const cli = path.join(
      __dirname,
      '..',
      '..',
      '..',
      'apps',
      'situation',
      'dist',
      'import-cli.js',
    );
    const env = { PATH: process.env.PATH, GATEWAY_URL: stack.gatewayUrl.replace(/\/graphql$/, '') };
    const dry = await promisify(execFile)(process.execPath, [cli, file, '--dry-run'], { env });
    expect(dry.stdout).toContain('Dry run: 1 rows — 1 new');
    const bad = path.join(dataDir, 'bad.csv');
    writeFileSync(bad, 'indicator,district,period,value\ncrime_total,1980R001,2026-11,-3\n');
    const failed = await promisify(execFile)(process.execPath, [cli, bad], { env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain(
      'row 2, value: value -3 is a negative count.',
    );

    const geometry = path.join(dataDir, 'districts.geojson');
    const ring = [
      [16.5, 59.6],
      [16.51, 59.6],
      [16.51, 59.61],
      [16.5, 59.61],
      [16.5, 59.6],
    ];
    writeFileSync(
      geometry,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { regsokod: '1980R001' },
            geometry: { type: 'Polygon', coordinates: [ring] },
          },
        ],
      }),
    );
    const geometryCli = path.join(
      __dirname,
      '..',
      '..',
      '..',
      'apps',
      'directory',
      'dist',
      'import-geometry-cli.js',
    );
    const loaded = await promisify(execFile)(
      process.execPath,
      [geometryCli, geometry, '--dry-run'],
      { env },
    );
    expect(loaded.stdout).toContain('Dry run: 1 district boundaries, read in WGS_84.');
  });

  it('counts operations and watches the database pool in Prometheus metrics, tied by request id', async () => {
    const { token } = (await (await devToken(stack, 'analytiker')).json()) as { token: string };
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': 'trace-me-123',
      },
      body: JSON.stringify({ query: 'query CouncilName { council { name } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-me-123');
    const gateway = await (await fetch(stack.gatewayUrl.replace(/graphql$/, 'metrics'))).text();
    expect(gateway).toMatch(
      /graphql_operations_total\{[^}]*type="query",field="council",outcome="ok"[^}]*\} 1/,
    );
    // Answered, so no longer counted as in flight.
    expect(gateway).toMatch(/graphql_operations_in_flight\{[^}]*\} 0\n/);
    const directory = await (
      await fetch(stack.subgraphUrls.directory!.replace(/graphql$/, 'metrics'))
    ).text();
    expect(directory).toMatch(
      /graphql_operation_duration_seconds_count\{[^}]*type="query",field="council"/,
    );
    expect(directory).toMatch(/db_pool_connections\{[^}]*state="total"[^}]*\} [1-9]/);
    // The subgraph logged the request under the id the caller gave the gateway.
    expect(
      lines.some((line) => line.startsWith('directory:') && line.includes('trace-me-123')),
    ).toBe(true);
  });

  it('keeps the data across a restart, and starts clean on a new data folder', async () => {
    const councilId = async (running: Stack) => {
      const { token } = (await (await devToken(running, 'admin')).json()) as { token: string };
      const response = await postGraphQL<{ council: { id: string } }>(
        running.gatewayUrl,
        '{ council { id } }',
        { token },
      );
      return response.data!.council.id;
    };
    const before = await councilId(stack);
    await stack.stop();
    stack = await startProduct(dataDir, lines);
    expect(await councilId(stack)).toBe(before);

    const otherDir = mkdtempSync(path.join(tmpdir(), 'lagesbild-stack-'));
    const fresh = await startProduct(otherDir, lines);
    try {
      expect(await councilId(fresh)).not.toBe(before);
    } finally {
      await fresh.stop();
      rmSync(otherDir, { recursive: true, force: true });
    }
  });
});
