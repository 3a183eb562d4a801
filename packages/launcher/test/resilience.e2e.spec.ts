import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  demoToken,
  eventually,
  operationsInFlight,
  postGraphQL,
  type GraphQLResponse,
} from '@lagesbild/test-kit';
import { SUBGRAPHS } from '@lagesbild/supergraph';
import { freeStackPorts, startStack, type Stack } from '../src';

/**
 * Faults injected into the running product — a subgraph killed, the database stopped, SIGTERM
 * under load, a slow subgraph — each announced in the output as it is injected.
 */
const inject = (fault: string) => console.info(`[fault injected] ${fault}`);

let stack: Stack;
let dataDir: string;
const log: string[] = [];

async function token(user: string): Promise<string> {
  return demoToken(stack.gatewayUrl, user);
}

async function ask<Data = Record<string, unknown>>(query: string, user = 'ks.ordforande') {
  return postGraphQL<Data>(stack.gatewayUrl, query, { token: await token(user) });
}

function readyzUrl(name: string): string {
  return (stack.subgraphUrls[name] ?? '').replace(/graphql$/, 'readyz');
}

async function readiness(name: string): Promise<number> {
  return fetch(readyzUrl(name)).then(
    (r) => r.status,
    () => 0,
  );
}

/** What a service's `/readyz` says of its list of organisations. */
async function organisationList(url: string): Promise<string | undefined> {
  const body = (await (await fetch(url)).json()) as { organisations?: { state: string } };
  return body.organisations?.state;
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'lagesbild-faults-'));
  stack = await startStack({
    ports: await freeStackPorts(SUBGRAPHS.map((s) => s.name)),
    dataDir,
    demoData: true,
    dashboard: false,
    logLevel: 'warn',
    // A short refresh, so that the directory outage below outlasts it within the test.
    env: {
      PATH: process.env.PATH,
      ORGANISATION_REFRESH_SECONDS: '2',
      // Every picture computed afresh, so that requests are still in flight when a service stops.
      ANSWER_CACHE: 'false',
      RESPONSE_CACHE_MB: '0',
    },
    log: (service, line) => log.push(`${service}: ${line}`),
  });
});

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('resilience', () => {
  it('keeps answering when the interventions subgraph is killed under load, and recovers when it returns', async () => {
    const load = Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        ask(i % 2 ? '{ indicators { key } }' : '{ kpiSummary { total } }'),
      ),
    );
    inject('SIGKILL to the interventions subgraph while 30 requests are under way');
    stack.process('interventions').child.kill('SIGKILL');
    await stack.process('interventions').exited;
    const answers = await load;
    expect(answers.every((a) => a.status < 500)).toBe(true);

    const situation = await ask<{ indicators: { key: string }[] }>('{ indicators { key } }');
    expect(situation.errors).toBeUndefined();
    expect(situation.data!.indicators.length).toBeGreaterThan(10);

    const mixed = await ask<{ indicators: unknown[] | null; kpiSummary: unknown }>(
      '{ indicators { key } kpiSummary { total } }',
    );
    expect(mixed.data?.indicators?.length).toBeGreaterThan(10);
    expect(mixed.data?.kpiSummary ?? null).toBeNull();
    expect(JSON.stringify(mixed.errors)).toMatch(/interventions/);

    inject('restarting the interventions subgraph; the gateway keeps running');
    const gatewayPid = stack.process('gateway').child.pid;
    await stack.restart('interventions');
    const recovered = await ask<{ kpiSummary: { total: number } }>('{ kpiSummary { total } }');
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data!.kpiSummary.total).toBeGreaterThan(20);
    expect(stack.process('gateway').child.pid).toBe(gatewayPid);
  });

  it('keeps committee users signed in while the directory is down for longer than the organisation refresh', async () => {
    const gatewayReadyz = stack.gatewayUrl.replace(/graphql$/, 'readyz');
    const mine = '{ myAssignments { title } indicators { key } }';
    const before = await ask<{ myAssignments: unknown[] }>(mine, 'gsn.sekreterare');
    expect(before.errors).toBeUndefined();

    inject('SIGKILL to the directory subgraph for longer than the organisation refresh (2 s)');
    stack.process('directory').child.kill('SIGKILL');
    await stack.process('directory').exited;
    await new Promise((resolve) => setTimeout(resolve, 5_000));

    // A token none of the services has seen yet: verified afresh against the kept list.
    for (const user of ['gsn.sekreterare', 'polis.samordnare']) {
      const during = await ask<{ myAssignments: unknown[]; indicators: unknown[] }>(mine, user);
      expect(during.status).toBe(200);
      expect(during.errors).toBeUndefined();
      expect(during.data!.myAssignments.length).toBeGreaterThan(0);
      expect(during.data!.indicators.length).toBeGreaterThan(10);
    }
    // Only the directory's own fields fail.
    const directory = await ask('{ organisations { code } }', 'gsn.sekreterare');
    expect(directory.status).toBe(200);
    expect(JSON.stringify(directory.errors)).toMatch(/directory/);
    expect(await organisationList(gatewayReadyz)).toBe('kept');
    for (const name of ['situation', 'interventions']) {
      expect(await organisationList(readyzUrl(name))).toBe('kept');
    }
    expect(log.some((line) => /keeping the last known one/.test(line))).toBe(true);

    inject('restarting the directory subgraph');
    await stack.restart('directory');
    await eventually(
      async () => {
        await ask(mine, 'gsn.sekreterare');
        return (await organisationList(gatewayReadyz)) === 'current';
      },
      20,
      1_000,
    );
  });

  it('reports not ready and refuses work while the database is down, then recovers by itself', async () => {
    const before = await ask<{ focusAreas: unknown[] }>('{ focusAreas { id } }');
    inject('stopping the database under running services');
    await stack.stopDatabase();
    await eventually(async () => (await readiness('directory')) === 503, 15);
    const read = await ask('{ districts { code } }');
    expect(read.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(read.errors?.[0]?.message).toMatch(/database is unavailable/i);
    const write: GraphQLResponse = await ask(
      'mutation { createFocusArea(input: { title: "Under avbrott", problem: "p", periodStart: "2026-01-01", periodEnd: "2026-12-31" }) { id } }',
    );
    expect(write.errors?.length).toBeGreaterThan(0);

    inject('starting the database again');
    await stack.startDatabase();
    for (const name of Object.keys(stack.subgraphUrls)) {
      await eventually(async () => (await readiness(name)) === 200, 30).catch((error: Error) => {
        throw new Error(`${name} not ready again: ${error.message}\n${log.slice(-20).join('\n')}`);
      });
    }
    const after = await ask<{ focusAreas: unknown[] }>('{ focusAreas { id } }');
    expect(after.errors).toBeUndefined();
    expect(after.data!.focusAreas).toHaveLength(before.data!.focusAreas.length);
  });

  it('finishes in-flight requests when a subgraph or the gateway gets SIGTERM', async () => {
    for (const name of ['situation', 'gateway']) {
      const bearer = await token('ks.ordforande');
      const inFlight = Promise.all(
        Array.from({ length: 5 }, () =>
          postGraphQL(
            stack.gatewayUrl,
            '{ situationPicture { cells { rate trend { significant } } } }',
            {
              token: bearer,
            },
          ),
        ),
      );
      // All five have reached the service before it is told to stop.
      const url = name === 'gateway' ? stack.gatewayUrl : (stack.subgraphUrls[name] ?? '');
      await eventually(async () => (await operationsInFlight(url)) === 5, 15, 10);
      inject(`SIGTERM to the ${name} with 5 situation pictures in flight`);
      stack.process(name).child.kill('SIGTERM');
      const answers = await inFlight;
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(answer.errors).toBeUndefined();
      }
      expect(await stack.process(name).exited).toBe(0);
      await stack.restart(name);
      if (name !== 'gateway') {
        // Answers again, and so holds the issuer's keys before the next round stops the
        // gateway, which issues them in demo mode.
        const again = await ask<{ situationPicture: { period: string | null } }>(
          '{ situationPicture { period } }',
        );
        expect(again.errors).toBeUndefined();
      }
    }
  });
});
