import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { formatLogLine, freePort, startStack, type Stack } from '@lagesbild/launcher';
import { SUBGRAPHS } from '@lagesbild/supergraph';
import { serviceEnvironment } from './browser-kit';

/**
 * The whole product for a browser test, started the way `npm start` starts it (database with the
 * demo, subgraphs, gateway, the built dashboard behind nginx's headers), and signed-in pages.
 */

const TOKEN_KEY = 'lagesbild.token';
const LOCALE_KEY = 'lagesbild.locale';

/** The browser globals the page scripts use; the tests are type-checked for Node. */
export type InBrowser = typeof globalThis & {
  innerWidth: number;
  localStorage: { setItem(key: string, value: string): void };
  document: {
    documentElement: { scrollWidth: number };
    activeElement: { id: string; tagName: string } | null;
    querySelector(selector: string): unknown;
  };
};

export interface DashboardStack {
  stack: Stack;
  dashboardUrl: string;
  /** The services' log, to print when something fails. */
  log: string[];
  stop(): Promise<void>;
}

/** Distinct free ports: two calls in a row may otherwise be handed the same one. */
async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

export async function startDashboardStack(): Promise<DashboardStack> {
  const log: string[] = [];
  const [gateway = 0, dashboard = 0, ...subgraphPorts] = await distinctFreePorts(
    2 + SUBGRAPHS.length,
  );
  const stack = await startStack({
    ports: {
      gateway,
      dashboard,
      subgraphs: Object.fromEntries(SUBGRAPHS.map(({ name }, i) => [name, subgraphPorts[i] ?? 0])),
    },
    demoData: true,
    dashboard: true,
    logLevel: 'warn',
    env: serviceEnvironment(),
    log: (service, line) => log.push(formatLogLine(service, line)),
  }).catch((error: unknown) => {
    console.error(log.join('\n'));
    throw error;
  });
  return {
    stack,
    dashboardUrl: `http://127.0.0.1:${dashboard}/`,
    log,
    stop: () => stack.stop(),
  };
}

export async function demoTokenFor(dashboardUrl: string, username: string): Promise<string> {
  const response = await fetch(new URL('/auth/dev-token', dashboardUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: username }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** A fresh browser profile signed in as `username`, in the language given, with page errors shown. */
export async function signedInPage(
  browser: Browser,
  dashboardUrl: string,
  username: string,
  options: { width: number; height: number; locale?: 'sv' | 'en' },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
  });
  context.setDefaultTimeout(60_000);
  const token = await demoTokenFor(dashboardUrl, username);
  const entries: Array<[string, string]> = [
    [TOKEN_KEY, token],
    [LOCALE_KEY, options.locale ?? 'sv'],
  ];
  await context.addInitScript(
    ({ entries }: { entries: Array<[string, string]> }) => {
      for (const [key, value] of entries)
        (globalThis as InBrowser).localStorage.setItem(key, value);
    },
    { entries },
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));
  return { context, page };
}

/** Waits until the page's code has loaded and its panels have left their skeletons. */
export async function waitForView(page: Page, heading?: string | RegExp) {
  await page
    .getByRole('main')
    .getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) })
    .waitFor();
  await page.waitForFunction(
    () => !(globalThis as InBrowser).document.querySelector('[aria-busy="true"]'),
  );
}

/** How far the page scrolls sideways (0 when it fits its window). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = globalThis as InBrowser;
    return w.document.documentElement.scrollWidth - w.innerWidth;
  });
}
