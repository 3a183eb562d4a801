import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_USERS } from '@lagesbild/demo-data';
import { formatLogLine, freeStackPorts, startStack, type Stack } from '@lagesbild/launcher';
import { SUBGRAPHS } from '@lagesbild/supergraph';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  serviceEnvironment,
  switchLanguage,
} from './browser-kit';
import { API_SCOPE, startTestProvider, type TestProvider } from './oidc-provider-fixture';

/**
 * Signing in through a real OpenID Connect provider: the production stack (NODE_ENV=production,
 * the services verifying the provider's JWT access tokens against its JWKS) with the built
 * dashboard, and Chromium going through the provider's redirects, sign-in and sign-out.
 */

const ARTIFACTS = path.join(__dirname, '..', '..', '..', 'test-artifacts');
const CLIENT_ID = 'lagesbild-dashboard';
const CALLBACK_PATH = '/inloggning';
const AUDIENCE = 'lagesbild';
const USER = DEMO_USERS.find((u) => u.username === 'ks.ordforande')!;

/** The browser globals the page scripts below use; this file is type-checked for Node. */
type InBrowser = typeof globalThis & {
  localStorage: {
    readonly length: number;
    key(index: number): string | null;
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
  };
  document: { documentElement: { scrollWidth: number } };
};

/** oidc-client-ts's user as it keeps it in localStorage. */
interface StoredUser {
  access_token: string;
  refresh_token?: string;
  expires_at?: number;
}

describeInBrowser('signing in with OpenID Connect, in Chromium', () => {
  let provider: TestProvider;
  let stack: Stack;
  let browser: Browser;
  let dashboardUrl: string;
  const serviceLog: string[] = [];
  const policyViolations: string[] = [];

  beforeAll(async () => {
    const ports = await freeStackPorts(SUBGRAPHS.map(({ name }) => name));
    const dashboardOrigin = `http://localhost:${ports.dashboard}`;
    provider = await startTestProvider({
      clientId: CLIENT_ID,
      dashboardOrigin,
      callbackPath: CALLBACK_PATH,
      audience: AUDIENCE,
    });
    try {
      stack = await startStack({
        ports,
        demoData: true,
        dashboard: true,
        logLevel: 'warn',
        env: {
          ...serviceEnvironment(),
          NODE_ENV: 'production',
          OIDC_ISSUER: provider.issuer,
          OIDC_JWKS_URL: provider.jwksUrl,
          OIDC_AUDIENCE: AUDIENCE,
          OIDC_CLIENT_ID: CLIENT_ID,
          OIDC_SCOPES: `openid profile ${API_SCOPE}`,
        },
        log: (service, line) => serviceLog.push(formatLogLine(service, line)),
      });
    } catch (error) {
      console.error(serviceLog.join('\n'));
      throw error;
    }
    dashboardUrl = `${dashboardOrigin}/`;
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await provider?.stop();
  }, 60_000);

  async function newContext(): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(60_000);
    // The provider's development pages load a web font; nothing leaves this machine.
    await context.route(/^https:\/\//, (route) => route.abort());
    context.on('page', (page) => watch(page));
    return context;
  }

  function watch(page: Page) {
    page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  }

  async function screenshot(page: Page, name: string) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `oidc-${name}.png`), fullPage: true });
  }

  /** The page fits a 390 px wide phone without scrolling sideways. */
  async function expectFitsPhone(page: Page) {
    const size = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    const width = await page.evaluate(
      () => (globalThis as InBrowser).document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(390);
    if (size) await page.setViewportSize(size);
  }

  /** The user oidc-client-ts keeps for this dashboard, or null. */
  function storedUser(page: Page): Promise<StoredUser | null> {
    return page.evaluate((clientId) => {
      const { localStorage } = globalThis as InBrowser;
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i) ?? '';
        if (key.startsWith('oidc.user:') && key.endsWith(`:${clientId}`)) {
          return JSON.parse(localStorage.getItem(key) ?? 'null') as StoredUser | null;
        }
      }
      return null;
    }, CLIENT_ID);
  }

  /** Changes the user oidc-client-ts keeps, as time or an attacker would. */
  function alterStoredUser(page: Page, change: Partial<StoredUser>): Promise<void> {
    return page.evaluate(
      ({ clientId, change }) => {
        const { localStorage } = globalThis as InBrowser;
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i) ?? '';
          if (!key.startsWith('oidc.user:') || !key.endsWith(`:${clientId}`)) continue;
          const user = JSON.parse(localStorage.getItem(key) ?? '{}') as StoredUser;
          localStorage.setItem(key, JSON.stringify({ ...user, ...change }));
        }
      },
      { clientId: CLIENT_ID, change },
    );
  }

  /** Makes the kept access token look expired, optionally with a refresh token the provider refuses. */
  function expireStoredToken(page: Page, refreshToken?: string): Promise<void> {
    const expired = { expires_at: Math.floor(Date.now() / 1000) - 30 };
    return alterStoredUser(
      page,
      refreshToken ? { ...expired, refresh_token: refreshToken } : expired,
    );
  }

  async function expectSignedIn(page: Page) {
    await page.getByRole('banner').getByText(USER.name).waitFor();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await main.getByText('Trygghetsrådet i Västerås').waitFor();
  }

  it('signs in at the provider, shares the session with a second tab, renews it, and signs out there', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const bearers = new Set<string>();
    context.on('request', (request) => {
      if (new URL(request.url()).pathname !== '/graphql') return;
      const bearer = request.headers().authorization;
      if (bearer) bearers.add(bearer);
    });

    await page.goto(dashboardUrl);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.title()).toBe('Logga in – Lägesbild');
    await expectAccessible(page, 'sign-in');
    await expectFitsPhone(page);
    await screenshot(page, '1-sign-in');

    // The provider's own pages: sign-in (any password does in development) and consent.
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill(USER.username);
    await page.locator('input[name="password"]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL((url) => url.href.startsWith(dashboardUrl));
    await expectSignedIn(page);
    expect(new URL(page.url()).pathname).toBe('/');
    const user = await storedUser(page);
    expect(user?.refresh_token).toBeTruthy();
    // The API was called with the provider's access token, which the services accepted.
    expect([...bearers]).toEqual([`Bearer ${user?.access_token}`]);

    // A second tab of the same browser is signed in without asking.
    const second = await context.newPage();
    await second.goto(`${dashboardUrl}insatser`);
    await second.getByRole('banner').getByText(USER.name).waitFor();
    await second.getByRole('main').getByRole('heading', { level: 1, name: 'Insatser' }).waitFor();

    // An access token about to expire is renewed with the refresh token, without a redirect.
    await expireStoredToken(page);
    await page.reload();
    await expectSignedIn(page);
    const renewed = await storedUser(page);
    expect(renewed?.access_token).not.toBe(user?.access_token);
    expect(renewed?.refresh_token).toBeTruthy();
    expect(new URL(page.url()).origin).toBe(new URL(dashboardUrl).origin);

    // Signing out ends the session at the provider, which sends the browser back signed out.
    await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(dashboardUrl);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await storedUser(page)).toBeNull();
    expect(await page.getByText('Trygghetsrådet i Västerås').count()).toBe(0);
    // The other tab follows.
    await second.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();

    // The provider's session is over too: signing in again asks for the password.
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.locator('input[name="login"]').waitFor();
    await context.close();
    expect(policyViolations.splice(0)).toEqual([]);
  }, 240_000);

  it('says the session has ended when the provider will not renew it, and signs out when the API refuses the token', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(dashboardUrl);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.locator('input[name="login"]').fill(USER.username);
    await page.locator('input[name="password"]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectSignedIn(page);

    await expireStoredToken(page, 'a-refresh-token-the-provider-never-issued');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sessionen har avslutats' }).waitFor();
    expect(await storedUser(page)).toBeNull();
    await expectAccessible(page, 'session ended');
    await expectFitsPhone(page);
    await screenshot(page, '2-session-ended');
    await switchLanguage(page, 'In English');
    await page.getByRole('heading', { level: 1, name: 'Your session has ended' }).waitFor();

    // Still signed in at the provider: signing in again comes straight back.
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('banner').getByText(USER.name).waitFor();

    // A token the API refuses (here: its signature broken) signs the user out, as in demo mode.
    const { access_token } = (await storedUser(page))!;
    await alterStoredUser(page, { access_token: `${access_token.slice(0, -4)}AAAA` });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByText('Your session has expired or is no longer accepted').waitFor();
    expect(await storedUser(page)).toBeNull();
    await context.close();
    expect(policyViolations.splice(0)).toEqual([]);
  }, 180_000);

  it('serves a bundle without source maps', async () => {
    const scripts = new Set<string>();
    const pending = [new URL(dashboardUrl)];
    // Every script the dashboard can load: index.html's, and the chunks they import.
    for (let url = pending.pop(); url; url = pending.pop()) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      const text = await response.text();
      if (url.pathname.endsWith('.js')) {
        scripts.add(url.pathname);
        expect({ script: url.pathname, sourceMap: /sourceMappingURL/.test(text) }).toEqual({
          script: url.pathname,
          sourceMap: false,
        });
      }
      // Vite names chunks "/assets/x.js", "./x.js" or "assets/x.js"; all of them are in /assets/.
      for (const [, file] of text.matchAll(/["'(](?:\/?assets\/|\.\/)([\w.-]+\.js)["')]/g)) {
        const next = new URL(`/assets/${file}`, dashboardUrl);
        if (!scripts.has(next.pathname) && !pending.some((p) => p.pathname === next.pathname)) {
          pending.push(next);
        }
      }
    }
    expect(scripts.size).toBeGreaterThan(5);
    for (const script of scripts) {
      const map = await fetch(new URL(`${script}.map`, dashboardUrl));
      const body = await map.text();
      expect({ map: `${script}.map`, isSourceMap: body.includes('"mappings"') }).toEqual({
        map: `${script}.map`,
        isSourceMap: false,
      });
    }
  });
});
