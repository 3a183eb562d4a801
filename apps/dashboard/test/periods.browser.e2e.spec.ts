import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Stack } from '@lagesbild/launcher';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  startDemoStack,
  switchLanguage,
} from './browser-kit';

/**
 * The period picker in a real browser against the whole product on the demo data: month,
 * quarter or year on Lägesbild, Indikator and Område, kept in the address, with the cells
 * saying which period they show. Every view is scanned with axe-core.
 */

const TOKEN_KEY = 'lagesbild.token';

type InBrowser = typeof globalThis & {
  localStorage: { setItem(key: string, value: string): void };
  document: {
    querySelector(selector: string): unknown;
    documentElement: { scrollWidth: number; clientWidth: number };
  };
};

describeInBrowser('the period picker in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let dashboardUrl: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ({ stack, dashboardUrl } = await startDemoStack([]));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  async function analystPage(width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    contexts.push(context);
    context.setDefaultTimeout(60_000);
    const response = await fetch(new URL('/auth/dev-token', dashboardUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'analytiker' }),
    });
    const { token } = (await response.json()) as { token: string };
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));
    await page.addInitScript(
      ({ key, value }) => (globalThis as InBrowser).localStorage.setItem(key, value),
      { key: TOKEN_KEY, value: token },
    );
    return page;
  }

  async function waitForPage(page: Page, heading: string | RegExp) {
    await page.getByRole('main').getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.waitForFunction(
      () => !(globalThis as InBrowser).document.querySelector('[aria-busy="true"]'),
    );
  }

  it('changes the Lägesbild to a year and a quarter of a monthly indicator, in the address', async () => {
    const page = await analystPage();
    await page.goto(new URL('/lagesbild?indicator=crime_total', dashboardUrl).href);
    await waitForPage(page, 'Lägesbild');
    const monthMap = page.getByRole('group', { name: /^Karta: Anmälda brott totalt, \w+ \d{4}$/ });
    await monthMap.waitFor();

    // A year: the latest every district has reported, as the total of its months.
    await page.getByRole('radio', { name: 'År', exact: true }).click();
    await page.waitForURL(/period=\d{4}(&|$)/);
    const year = new URL(page.url()).searchParams.get('period')!;
    const yearMap = page.getByRole('group', { name: `Karta: Anmälda brott totalt, ${year}` });
    await yearMap.waitFor();
    const shown = yearMap.locator('a[data-status="value"]');
    await shown.first().waitFor();
    expect(await shown.first().textContent()).toMatch(/per 1 000 invånare och år/);
    await page.getByRole('table', { name: `Områden och indikatorer, ${year}` }).waitFor();
    await page.getByTestId('municipal-figure').getByText(`(${year})`).waitFor();
    // The year still running is in the list, marked incomplete.
    const periodSelect = page.getByLabel('Period', { exact: true });
    const options = await periodSelect.locator('option').allInnerTexts();
    expect(options).toContain(year);
    expect(options.some((o) => /\(ofullständig, \d+ av 50 områden/.test(o))).toBe(true);
    await expectAccessible(page, 'Lägesbild, a year');

    // A quarter, chosen from the list.
    await page.getByRole('radio', { name: 'Kvartal', exact: true }).click();
    await page.waitForURL(/period=\d{4}-Q[1-4]/);
    await periodSelect.selectOption(`${year}-Q2`);
    await page.waitForURL(new RegExp(`period=${year}-Q2`));
    const quarterMap = page.getByRole('group', {
      name: `Karta: Anmälda brott totalt, kvartal 2 ${year}`,
    });
    await quarterMap.waitFor();
    expect(await quarterMap.locator('a[data-status="value"]').first().textContent()).toMatch(
      /per 1 000 invånare och kvartal/,
    );

    // The address reopens the same view.
    await page.reload();
    await waitForPage(page, 'Lägesbild');
    await quarterMap.waitFor();
    expect(await page.getByRole('radio', { name: 'Kvartal', exact: true }).isChecked()).toBe(true);

    // In English, with the words of the picker translated.
    await switchLanguage(page, 'In English');
    await waitForPage(page, 'Situation picture');
    await page.getByRole('radio', { name: 'Year', exact: true }).click();
    await page.waitForURL(/period=\d{4}(&|$)/);
    await page.getByRole('group', { name: `Map: Reported crimes, total, ${year}` }).waitFor();
    expect(
      await page
        .getByRole('group', { name: `Map: Reported crimes, total, ${year}` })
        .locator('a[data-status="value"]')
        .first()
        .textContent(),
    ).toMatch(/per 1,000 inhabitants per year/);
    await expectAccessible(page, 'Situation picture, a year, in English');
    await switchLanguage(page, 'På svenska');
    await waitForPage(page, 'Lägesbild');
  }, 180_000);

  it('offers the picker on Indikator and Område, and fits 390 px', async () => {
    const page = await analystPage(390);
    await page.goto(new URL('/indikator/crime_total?period=2025-Q2', dashboardUrl).href);
    await waitForPage(page, 'Anmälda brott totalt');
    await page
      .getByRole('table', { name: /kvartal 2 2025/ })
      .first()
      .waitFor();
    expect(await page.getByRole('radio', { name: 'Kvartal', exact: true }).isChecked()).toBe(true);
    // A quarterly indicator offers no months.
    await page.goto(new URL('/indikator/crime_violence', dashboardUrl).href);
    await waitForPage(page, 'Våldsbrott');
    await page.getByRole('radio', { name: 'Kvartal', exact: true }).waitFor();
    expect(await page.getByRole('radio', { name: 'Månad', exact: true }).count()).toBe(0);
    await page.getByRole('radio', { name: 'År', exact: true }).click();
    await page.waitForURL(/period=\d{4}(&|$)/);
    await waitForPage(page, 'Våldsbrott');
    const fits = () =>
      page.evaluate(() => {
        const root = (globalThis as InBrowser).document.documentElement;
        return root.scrollWidth <= root.clientWidth;
      });
    expect(await fits()).toBe(true);
    await expectAccessible(page, 'Indikator with a year, 390 px');

    await page.goto(new URL('/omrade/1980R001?period=2025', dashboardUrl).href);
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(
      () => !(globalThis as InBrowser).document.querySelector('[aria-busy="true"]'),
    );
    expect(await page.getByRole('radio', { name: 'År', exact: true }).isChecked()).toBe(true);
    await page
      .getByText(/per 1 000 invånare och år \(2025\)/)
      .first()
      .waitFor();
    expect(await fits()).toBe(true);
    await expectAccessible(page, 'Område with a year, 390 px');
  }, 180_000);
});
