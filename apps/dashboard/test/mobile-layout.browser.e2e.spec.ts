import type { Browser, Page } from 'playwright-core';
import { demoToken, postGraphQL } from '@lagesbild/test-kit';
import { appRoutePaths, routePattern } from './app-routes';
import { describeInBrowser, expectAccessible, launchChromium } from './browser-kit';
import {
  sidewaysScroll,
  signedInPage,
  startDashboardStack,
  waitForView,
  type DashboardStack,
  type InBrowser,
} from './dashboard-stack';

/**
 * Every view of the dashboard on a phone (390 × 844): the page never scrolls sideways, the
 * navigation folds behind a menu button that opens, closes with Escape and navigates, and axe
 * finds no violation. The views come from the app's own route table, so a view added there is
 * covered here without a change; a route with parameters is opened through a link the other views
 * show to it.
 */

const PHONE = { width: 390, height: 844 };

/** Who looks, in which language: each role sees other controls (forms, buttons, menu items). */
const VIEWERS = [
  { username: 'ks.ordforande', locale: 'sv', menu: 'Meny', close: 'Stäng menyn', nav: 'Huvudmeny' },
  {
    username: 'gsn.sekreterare',
    locale: 'sv',
    menu: 'Meny',
    close: 'Stäng menyn',
    nav: 'Huvudmeny',
  },
  { username: 'analytiker', locale: 'en', menu: 'Menu', close: 'Close the menu', nav: 'Main menu' },
] as const;

type Viewer = (typeof VIEWERS)[number];

describeInBrowser('the dashboard on a phone', () => {
  let system: DashboardStack;
  let browser: Browser;
  const routes = appRoutePaths();
  const staticRoutes = routes.filter((r) => !r.includes(':'));
  const routesWithParameters = routes.filter((r) => r.includes(':'));

  beforeAll(async () => {
    system = await startDashboardStack();
    browser = await launchChromium();
    // The council has published its action plan, so every reader has a version page to open.
    const published = await postGraphQL(
      system.stack.gatewayUrl,
      'mutation { publishActionPlan(title: "Åtgärdsplan 2026", period: "2026") { version } }',
      { token: await demoToken(system.stack.gatewayUrl, 'ks.ordforande') },
    );
    expect(published.errors).toBeUndefined();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  }, 60_000);

  it('reads the views from the app’s route table', () => {
    expect(staticRoutes).toEqual(expect.arrayContaining(['/', '/insatser', '/mina-uppdrag']));
    expect(routesWithParameters).toEqual(expect.arrayContaining(['/insatser/:id']));
  });

  /** The links to views the page shows, by path. */
  async function linkPaths(page: Page): Promise<string[]> {
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) =>
        links.map((a) =>
          (a as unknown as { getAttribute(n: string): string }).getAttribute('href'),
        ),
      );
    return hrefs.map((href) => new URL(href, 'http://x').pathname);
  }

  /** The view with its content (no panel failed to load), and no sideways scroll. */
  async function expectNoSidewaysScroll(page: Page, view: string) {
    const failed = await page
      .getByRole('main')
      .getByRole('alert')
      .filter({ hasText: /kunde inte hämtas|could not be loaded/ })
      .allInnerTexts();
    expect({ view, failed, sideways: await sidewaysScroll(page) }).toEqual({
      view,
      failed: [],
      sideways: 0,
    });
  }

  /** Opens the menu, closes it with Escape, opens it again and follows its link to `target`. */
  async function navigateByMenu(page: Page, viewer: Viewer, target: string) {
    const nav = page.getByRole('navigation', { name: viewer.nav });
    const button = nav.getByRole('button', { name: viewer.menu });
    const links = nav.getByRole('link');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await links.first().isVisible()).toBe(false);

    await button.click();
    const close = nav.getByRole('button', { name: viewer.close });
    expect(await close.getAttribute('aria-expanded')).toBe('true');
    await links.first().waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await links.first().isVisible()).toBe(false);
    // Escape gives the focus back to the button: Enter opens the menu again, Tab reaches a link.
    await page.keyboard.press('Enter');
    await links.first().waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    expect(
      await links
        .first()
        .evaluate(
          (a) => a === ((globalThis as unknown as InBrowser).document.activeElement as unknown),
        ),
    ).toBe(true);

    const link = nav.locator(`a[href="${target}"]`);
    await link.click();
    await page.waitForURL((url) => url.pathname === target);
    await waitForView(page);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // The page that opened has the focus, not a link that has folded away.
    expect(await page.evaluate(() => (globalThis as InBrowser).document.activeElement?.id)).toBe(
      'innehall',
    );
  }

  it.each(VIEWERS)(
    'shows every view to $username ($locale) without sideways scrolling, with a working menu',
    async (viewer) => {
      const { context, page } = await signedInPage(browser, system.dashboardUrl, viewer.username, {
        ...PHONE,
        locale: viewer.locale,
      });
      try {
        const seen = new Set<string>();
        const checked: string[] = [];
        await page.goto(system.dashboardUrl);
        await waitForView(page);
        const menuTargets = new Set(
          await page
            .getByRole('navigation', { name: viewer.nav })
            .locator('a[href^="/"]')
            .evaluateAll((links) =>
              links.map((a) =>
                (a as unknown as { getAttribute(n: string): string }).getAttribute('href'),
              ),
            ),
        );
        expect(menuTargets.size).toBeGreaterThan(3);

        for (const route of staticRoutes) {
          await page.goto(new URL(route, system.dashboardUrl).href);
          await waitForView(page);
          await expectNoSidewaysScroll(page, route);
          if (viewer === VIEWERS[0]) await expectAccessible(page, `${route} at 390 px`);
          for (const path of await linkPaths(page)) seen.add(path);
          checked.push(route);
          // From every view, the menu leads to another one (the next in the menu, round).
          const targets = [...menuTargets];
          const next = targets[(targets.indexOf(route) + 1) % targets.length]!;
          await navigateByMenu(page, viewer, next);
          await expectNoSidewaysScroll(page, `${next}, reached by the menu`);
        }

        for (const route of routesWithParameters) {
          const pattern = routePattern(route);
          const example = [...seen].find((path) => pattern.test(path));
          if (!example) throw new Error(`No view links to ${route}, so it cannot be opened here.`);
          await page.goto(new URL(example, system.dashboardUrl).href);
          await waitForView(page);
          await expectNoSidewaysScroll(page, `${route} (${example})`);
          if (viewer === VIEWERS[0]) await expectAccessible(page, `${route} at 390 px`);
          checked.push(route);
        }
        expect(checked).toEqual([...staticRoutes, ...routesWithParameters]);
      } finally {
        await context.close();
      }
    },
    600_000,
  );
});
