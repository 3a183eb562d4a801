import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_USERS } from '@lagesbild/demo-data';
import { formatLogLine, freePort, startStack, type Stack } from '@lagesbild/launcher';
import { SUBGRAPHS } from '@lagesbild/supergraph';

/**
 * The dashboard in a real browser against the real system: database, subgraphs, gateway and
 * the Vite dev server, all started the way `npm start` starts them.
 */

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', '..', '..', 'test-artifacts');
const TOKEN_KEY = 'lagesbild.token';
const SIGNED_IN_USER = 'gsn.sekreterare';

/** The browser globals the page scripts below use; this file is type-checked for Node. */
type InBrowser = typeof globalThis & {
  sessionStorage: {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
  };
};

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `Browser tests SKIPPED: Chromium is missing at ${CHROMIUM}. Install it with \`apt-get install chromium\`.`,
  );
}
const describeInBrowser = hasChromium ? describe : describe.skip;

/** Distinct free ports: two calls in a row may otherwise be handed the same one. */
async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/**
 * The environment for the services, without what jest adds or sets up for other tests: an OIDC
 * issuer would turn demo sign-in off, a database URL would replace the in-memory database, and
 * NODE_ENV=test would change how the dashboard's libraries behave (Griffel then inserts no
 * global styles).
 */
function serviceEnvironment(): NodeJS.ProcessEnv {
  const excluded = (key: string) =>
    key.startsWith('OIDC_') ||
    key.endsWith('DATABASE_URL') ||
    key === 'NODE_ENV' ||
    key === 'NODE_OPTIONS';
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !excluded(key)));
}

describeInBrowser('dashboard in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let dashboardUrl: string;
  const serviceLog: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const [gateway, dashboard, ...subgraphPorts] = await distinctFreePorts(2 + SUBGRAPHS.length);
    try {
      stack = await startStack({
        ports: {
          gateway: gateway!,
          dashboard: dashboard!,
          subgraphs: Object.fromEntries(SUBGRAPHS.map(({ name }, i) => [name, subgraphPorts[i]!])),
        },
        demoData: true,
        dashboard: true,
        logLevel: 'warn',
        env: serviceEnvironment(),
        log: (service, line) => serviceLog.push(formatLogLine(service, line)),
      });
    } catch (error) {
      console.error(serviceLog.join('\n'));
      throw error;
    }
    dashboardUrl = `http://127.0.0.1:${dashboard}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  /** A fresh browser profile (empty sessionStorage), with page errors made visible. */
  async function openPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    // The first page load waits for Vite to pre-bundle the dependencies.
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));
    return page;
  }

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  async function screenshot(page: Page, name: string) {
    await page.screenshot({ path: path.join(ARTIFACTS, `dashboard-${name}.png`), fullPage: true });
  }

  async function tokenFor(username: string): Promise<string> {
    const response = await fetch(new URL('/auth/dev-token', dashboardUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: username }),
    });
    const body = (await response.json()) as { token: string };
    return body.token;
  }

  it('shows only the sign-in screen, and asks for no data, without a token', async () => {
    const page = await openPage();
    const graphqlRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') graphqlRequests.push(request.url());
    });

    await page.goto(dashboardUrl);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    const users = page.getByRole('list', { name: 'Demoanvändare' }).getByRole('button');
    await users.first().waitFor();
    expect(await users.count()).toBe(DEMO_USERS.length);
    expect(await page.title()).toBe('Logga in – Lägesbild');
    await screenshot(page, '1-sign-in');

    expect(graphqlRequests).toEqual([]);
    expect(await page.getByText('Trygghetsrådet i Västerås').count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
  }, 120_000);

  it('signs in as a demo user, shows the overview, and signs out', async () => {
    const user = DEMO_USERS.find((u) => u.username === SIGNED_IN_USER)!;
    const page = await openPage();
    await page.goto(dashboardUrl);
    await page
      .getByRole('button', { name: new RegExp(SIGNED_IN_USER.replace('.', '\\.')) })
      .click();

    const banner = page.getByRole('banner');
    await banner.getByText(user.name).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await main.getByText('Trygghetsrådet i Västerås').waitFor();
    await main.getByText('Demodata: alla siffror är syntetiska').waitFor();
    await main.getByText('31 mars 2021').waitFor();

    const organisations = page.getByRole('table', { name: 'Organisationer i trygghetsrådet' });
    await organisations.waitFor();
    const organisationRows = organisations.locator('tbody tr');
    expect(await organisationRows.count()).toBe(5);
    expect(await organisationRows.allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/GSN\s+Grundskolenämnden\s+Nämnd/),
        expect.stringMatching(/LPO\s+Lokalpolisområde Västerås\s+Polis/),
      ]),
    );

    const districts = page.getByRole('table', { name: 'Områden och invånare' });
    const districtRows = districts.locator('tbody tr');
    await districtRows.nth(49).waitFor();
    expect(await districtRows.count()).toBe(50);
    const first = await districtRows.first().locator('td').allInnerTexts();
    expect(first.slice(0, 2)).toEqual(['1980R001', 'Annedal-Sydvästra centrum']);
    // Swedish number format: groups of three separated by a (no-break) space.
    expect(first[2]).toMatch(/^\d{1,3}(?:[\s\u00a0]\d{3})*$/);
    await screenshot(page, '2-overview');

    await banner.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.getByText('Du är utloggad.').waitFor();
    expect(
      await page.evaluate(
        (key) => (globalThis as InBrowser).sessionStorage.getItem(key),
        TOKEN_KEY,
      ),
    ).toBeNull();
    expect(await page.getByText('Trygghetsrådet i Västerås').count()).toBe(0);
    await screenshot(page, '3-signed-out');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  }, 120_000);

  it('returns to the sign-in screen when the API rejects the token', async () => {
    const page = await openPage();
    await page.addInitScript(
      (key) => (globalThis as InBrowser).sessionStorage.setItem(key, 'not-a-valid-token'),
      TOKEN_KEY,
    );
    await page.goto(dashboardUrl);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.getByText('Din inloggning har gått ut').waitFor();
    expect(await page.getByText('Trygghetsrådet i Västerås').count()).toBe(0);
    await screenshot(page, '4-session-expired');
  }, 120_000);

  it('shows a part of the page that failed in its own panel', async () => {
    const page = await openPage();
    const token = await tokenFor(SIGNED_IN_USER);
    await page.addInitScript(
      ({ key, value }) => (globalThis as InBrowser).sessionStorage.setItem(key, value),
      { key: TOKEN_KEY, value: token },
    );
    // As if the service behind the districts had failed: the rest of the answer arrives.
    await page.route('**/graphql', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as {
        data?: Record<string, unknown> | null;
        errors?: unknown[];
      };
      if (body.data?.districts) {
        body.data.districts = null;
        body.errors = [{ message: 'Områdestjänsten svarar inte.', path: ['districts'] }];
      }
      await route.fulfill({ response, json: body });
    });

    await page.goto(dashboardUrl);
    const districtsPanel = page.getByRole('region', { name: 'Områden', exact: true });
    await districtsPanel.getByRole('alert').getByText('Områdestjänsten svarar inte.').waitFor();
    await districtsPanel.getByRole('button', { name: 'Försök igen' }).waitFor();
    await page
      .getByRole('region', { name: 'Trygghetsrådet', exact: true })
      .getByText('Trygghetsrådet i Västerås')
      .waitFor();
    expect(await page.getByRole('table', { name: 'Organisationer i trygghetsrådet' }).count()).toBe(
      1,
    );
    expect(await page.getByRole('table', { name: 'Områden och invånare' }).count()).toBe(0);
    await screenshot(page, '5-panel-error');
  }, 120_000);
});
