import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatLogLine, freePort, startStack, type Stack } from '@lagesbild/launcher';
import { SUBGRAPHS } from '@lagesbild/supergraph';

/**
 * What the dashboard's browser tests share: the system's Chromium (the tests are skipped, loudly,
 * without it), the environment the services run in, and the accessibility check.
 */

const CHROMIUM = '/usr/bin/chromium';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `Browser tests SKIPPED: Chromium is missing at ${CHROMIUM}. Install it with \`apt-get install chromium\`.`,
  );
}

/** `describe` where Chromium is installed, `describe.skip` (announced above) where it is not. */
export const describeInBrowser = hasChromium ? describe : describe.skip;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}

/**
 * The environment for the services, without what jest adds or sets up for other tests: an OIDC
 * issuer would turn demo sign-in off, a database URL would replace the in-memory database, and
 * NODE_ENV=test would change how the dashboard's libraries behave (Griffel then inserts no
 * global styles).
 */
export function serviceEnvironment(): NodeJS.ProcessEnv {
  const excluded = (key: string) =>
    key.startsWith('OIDC_') ||
    key.endsWith('DATABASE_URL') ||
    key === 'NODE_ENV' ||
    key === 'NODE_OPTIONS';
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !excluded(key)));
}

/** Fails with the list of violations when axe finds any WCAG 2.1 A/AA problem on the page. */
export async function expectAccessible(page: Page, view: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect({ view, violations: summary }).toEqual({ view, violations: [] });
}

/** Distinct free ports: two calls in a row may otherwise be handed the same one. */
async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/**
 * The whole product on the demo data, started as `npm start` starts it, with the built
 * dashboard behind nginx's headers; the services' log lines go to `log` (printed if it fails).
 */
export async function startDemoStack(
  log: string[],
): Promise<{ stack: Stack; dashboardUrl: string }> {
  const [gateway = 0, dashboard = 0, ...subgraphPorts] = await distinctFreePorts(
    2 + SUBGRAPHS.length,
  );
  try {
    const stack = await startStack({
      ports: {
        gateway,
        dashboard,
        subgraphs: Object.fromEntries(
          SUBGRAPHS.map(({ name }, i) => [name, subgraphPorts[i] ?? 0]),
        ),
      },
      demoData: true,
      dashboard: true,
      logLevel: 'warn',
      env: serviceEnvironment(),
      log: (service, line) => log.push(formatLogLine(service, line)),
    });
    return { stack, dashboardUrl: `http://127.0.0.1:${dashboard}/` };
  } catch (error) {
    console.error(log.join('\n'));
    throw error;
  }
}

/** A demo user's token from the demo issuer behind the dashboard. */
export async function demoTokenFor(dashboardUrl: string, username: string): Promise<string> {
  const response = await fetch(new URL('/auth/dev-token', dashboardUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: username }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** Waits until a page's code has loaded and its panels have left their skeletons. */
export async function waitForPage(page: Page, heading: string | RegExp) {
  await page.getByRole('main').getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForFunction(
    () =>
      !(
        globalThis as typeof globalThis & { document: { querySelector(s: string): unknown } }
      ).document.querySelector('[aria-busy="true"]'),
  );
}

/**
 * Switches the language with the button labelled in the language it switches to ("In English",
 * "På svenska"); below 600 px it sits behind the menu button, which is opened first.
 */
export async function switchLanguage(page: Page, label: 'In English' | 'På svenska') {
  const button = page.getByRole('button', { name: label });
  if (!(await button.isVisible())) {
    await page.getByRole('button', { name: /^(Meny|Menu)$/ }).click();
  }
  await button.click();
}
