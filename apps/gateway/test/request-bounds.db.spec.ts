import { request } from 'node:http';
import { demoToken } from '@lagesbild/test-kit';
import { startLoneGateway, type LoneGateway } from './lone-gateway';

const FAILURES_PER_MINUTE = 5;

interface Answer {
  status: number;
  code: unknown;
  ms: number;
}

/**
 * Posts to the gateway from a chosen loopback address (the failed-authentication limit counts per
 * address). With `body: 'endless'` the body is started and never finished.
 */
function post(
  url: string,
  options: { body: string | 'endless'; token?: string; from?: string },
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        localAddress: options.from ?? '127.0.0.1',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = JSON.parse(Buffer.concat(chunks).toString()) as {
            errors?: { extensions?: { code?: unknown } }[];
          };
          resolve({
            status: res.statusCode ?? 0,
            code: body.errors?.[0]?.extensions?.code,
            ms: performance.now() - started,
          });
          req.destroy();
        });
      },
    );
    req.on('error', reject);
    if (options.body === 'endless') req.write('{"query":"{ __typename }","variables":{"x":"');
    else req.end(options.body);
  });
}

/** 15 MB of five million empty objects: costly to parse, worthless to the API. */
const HUGE = `{"query":"{ __typename }","variables":{"x":[${'{},'.repeat(5_000_000)}{}]}}`;

const nested = (depth: number, inner: string) =>
  `{"query":"{ __typename }","variables":{"x":${'['.repeat(depth)}${inner}${']'.repeat(depth)}}}`;

describe('the gateway bounds a request before it does any work for it', () => {
  let lone: LoneGateway;
  let url: string;
  let token: string;

  beforeAll(async () => {
    lone = await startLoneGateway({ AUTH_FAILURES_PER_MINUTE: String(FAILURES_PER_MINUTE) });
    url = `${lone.gateway.url}/graphql`;
    token = await demoToken(lone.gateway.url, 'analytiker');
  });

  afterAll(() => lone?.stop());

  it('refuses a body without a valid token without reading it', async () => {
    // A body that never ends cannot be parsed: an answer proves the token was checked first.
    const endless = await post(url, { body: 'endless', from: '127.0.0.2' });
    expect(endless).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });

    const parse = jest.spyOn(JSON, 'parse');
    try {
      const anonymous = await post(url, { body: HUGE, from: '127.0.0.2' });
      const forged = await post(url, { body: HUGE, token: 'not.a.token', from: '127.0.0.2' });
      expect(anonymous).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(forged).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      // Parsing it takes well over a second; sending it over loopback a fraction of that.
      expect(anonymous.ms).toBeLessThan(1_000);
      expect(forged.ms).toBeLessThan(1_000);
      expect(parse.mock.calls.filter(([text]) => text.length > 1_000_000)).toEqual([]);
    } finally {
      parse.mockRestore();
    }
  });

  it('refuses a body nested 100,000 deep as bad input, and goes on answering', async () => {
    const deep = await post(url, { body: nested(100_000, '0'), token });
    expect(deep).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    const justTooDeep = await post(url, { body: nested(64, '0'), token });
    expect(justTooDeep).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    const deepEnough = await post(url, { body: nested(60, '0'), token });
    expect(deepEnough.status).toBe(200);
    expect((await fetch(`${lone.gateway.url}/healthz`)).status).toBe(200);
  });

  it('finds a NUL character however deep it is within the bound', async () => {
    const answer = await post(url, { body: nested(60, '"a\\u0000b"'), token });
    expect(answer).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
  });

  it('refuses an address after repeated failed sign-ins, while a valid user goes on', async () => {
    const attacker = '127.0.0.3';
    const statuses: number[] = [];
    for (let i = 0; i < FAILURES_PER_MINUTE + 2; i++) {
      statuses.push((await post(url, { body: '{}', token: `forged${i}`, from: attacker })).status);
    }
    expect(statuses).toEqual([...Array<number>(FAILURES_PER_MINUTE).fill(401), 429, 429]);
    // Past the limit the address is refused before its token is looked at, even a valid one.
    const blocked = await post(url, { body: HUGE, token, from: attacker });
    expect(blocked).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    // Successful requests never count: many from one address, then failures up to the limit.
    const user = '127.0.0.4';
    for (let i = 0; i < FAILURES_PER_MINUTE * 2; i++) {
      expect((await post(url, { body: nested(1, '0'), token, from: user })).status).toBe(200);
    }
    for (let i = 0; i < FAILURES_PER_MINUTE; i++) {
      expect((await post(url, { body: '{}', from: user })).status).toBe(401);
    }
    expect((await post(url, { body: nested(1, '0'), token, from: '127.0.0.5' })).status).toBe(200);
  });
});
