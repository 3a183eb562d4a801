import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Stack } from '@lagesbild/launcher';
import { demoToken } from '@lagesbild/test-kit';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  startDemoStack,
  switchLanguage,
} from './browser-kit';

/**
 * The Import view in a real browser against the real system with the Västerås demo: the
 * template to download, the list of indicator keys, and undoing an import, in Swedish and
 * English, on a 390 px wide phone, each view scanned with axe-core.
 */

const TOKEN_KEY = 'lagesbild.token';
const ANALYST = 'analytiker';
const LEADERSHIP = 'ks.ordforande';
const PHONE = { width: 390, height: 844 };
const HEADER = 'indicator;district;period;value;numerator;denominator;provisional';

type InBrowser = typeof globalThis & {
  localStorage: { setItem(key: string, value: string): void };
  document: {
    querySelector(selector: string): unknown;
    documentElement: { scrollWidth: number; lang: string };
  };
};

describeInBrowser('the Import view in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let dashboardUrl: string;
  const serviceLog: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ({ stack, dashboardUrl } = await startDemoStack(serviceLog));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  const tokenFor = (username: string) => demoToken(dashboardUrl, username);

  /** The API's answer as `username`, through the dashboard's own origin. */
  async function api<Data>(username: string, query: string): Promise<Data> {
    const response = await fetch(new URL('/graphql', dashboardUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor(username)}`,
      },
      body: JSON.stringify({ query }),
    });
    return ((await response.json()) as { data: Data }).data;
  }

  /** The Import view on a phone, signed in as `username`. */
  async function importView(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
    contexts.push(context);
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));
    const token = await tokenFor(username);
    await page.addInitScript(
      ({ key, value }) => (globalThis as InBrowser).localStorage.setItem(key, value),
      { key: TOKEN_KEY, value: token },
    );
    await page.goto(new URL('/import', dashboardUrl).href);
    await page.getByRole('main').getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await page.waitForFunction(
      () => !(globalThis as InBrowser).document.querySelector('[aria-busy="true"]'),
    );
    return page;
  }

  /** Nothing wider than the phone: no sideways scrolling. */
  async function expectFitsPhone(page: Page) {
    const width = await page.evaluate(
      () => (globalThis as InBrowser).document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(PHONE.width);
  }

  it('lists every indicator key with name, unit and period, and offers a template that imports cleanly', async () => {
    const { indicators } = await api<{
      indicators: { key: string; name: string; unit: string }[];
    }>(ANALYST, '{ indicators { key name unit } }');
    const page = await importView(ANALYST);

    const keys = page.getByRole('table', { name: 'Indikatornycklar' });
    await keys.waitFor();
    const rows = await keys.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(indicators.length);
    const population = indicators.find((i) => i.key === 'population')!;
    expect(rows.find((row) => row.startsWith('population'))).toMatch(
      new RegExp(`^population\\s+${population.name}\\s+${population.unit}\\s+År\\s+antal invånare`),
    );
    expect(rows.find((row) => row.startsWith('crime_total'))).toMatch(
      /\sMånad\s+antal \(heltal\)$/,
    );
    await expectAccessible(page, 'Import, template and keys (sv, 390 px)');
    await expectFitsPhone(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner CSV-mall' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('importmall.csv');
    const template = readFileSync(await download.path(), 'utf8');
    const [header, example, end] = template.split('\r\n');
    expect(header).toBe(`\uFEFF${HEADER}`);
    expect(example).toMatch(/^[a-z_]+;1980R001;\d{4}(-\d{2}|-Q\d)?;12;;;false$/);
    expect(end).toBe('');
    const exampleKey = example!.split(';')[0]!;
    expect(indicators.map((i) => i.key)).toContain(exampleKey);

    // The template as downloaded is a valid file: a dry run finds no problem in it.
    await page.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'importmall.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(template),
    });
    await page.getByRole('button', { name: 'Provkör' }).click();
    await page.getByText('Filen är felfri. Ingenting har skrivits ännu').waitFor();
    expect(await page.getByTestId('import-result').innerText()).toMatch(/Rader\s+1/);
    await expectAccessible(page, 'Import, clean dry run (sv, 390 px)');
  }, 180_000);

  it('says the same in English', async () => {
    const page = await importView(ANALYST);
    await switchLanguage(page, 'In English');
    await page.getByRole('heading', { name: 'Template and indicator keys' }).waitFor();
    const keys = page.getByRole('table', { name: 'Indicator keys' });
    await keys.locator('tbody tr').first().waitFor();
    expect(await keys.locator('thead').innerText()).toMatch(
      /Key\s+Name\s+Unit\s+Period\s+Value in the file/,
    );
    expect(
      (await keys.locator('tbody tr').allInnerTexts()).find((r) => r.startsWith('crime_total')),
    ).toMatch(/per 1,000 inhabitants per month\s+Month\s+count \(whole number\)$/);
    await page.getByRole('button', { name: 'Download CSV template' }).waitFor();
    expect(await page.evaluate(() => (globalThis as InBrowser).document.documentElement.lang)).toBe(
      'en-GB',
    );
    await expectAccessible(page, 'Import, template and keys (en, 390 px)');
    await expectFitsPhone(page);
    await switchLanguage(page, 'På svenska');
    await page.getByRole('heading', { name: 'Mall och indikatornycklar' }).waitFor();
  }, 120_000);

  it('lets the council leadership undo an import, and shows it as undone', async () => {
    const analystPage = await importView(ANALYST);
    await analystPage.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'invanare.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('indicator,district,period,value\npopulation,1980R002,2019,4321\n'),
    });
    await analystPage.getByRole('button', { name: 'Provkör' }).click();
    await analystPage.getByText('Filen är felfri').waitFor();
    await analystPage.getByRole('button', { name: 'Importera', exact: true }).click();
    await analystPage.getByText('Importen är klar.').waitFor();
    // The analyst may import but not undo.
    expect(await analystPage.getByRole('button', { name: /^Ångra importen/ }).count()).toBe(0);

    const page = await importView(LEADERSHIP);
    // Leadership sees the imports, not the file form or the keys.
    expect(await page.getByLabel('Fil', { exact: true }).count()).toBe(0);
    const recent = page.getByRole('table', { name: 'Senaste importer, nyast först' });
    const latest = recent.locator('tbody tr').first();
    await latest.getByText(ANALYST).waitFor();
    expect(await latest.innerText()).toMatch(/Gäller/);
    await expectAccessible(page, 'Import list with undo (sv, 390 px)');
    await expectFitsPhone(page);

    await latest.getByRole('button', { name: /^Ångra importen från/ }).click();
    await latest.getByRole('button', { name: /^Bekräfta: ångra importen från/ }).click();
    await page.getByText('Importen är ångrad: värdena den ersatte är tillbaka.').waitFor();
    await recent.getByText(`Ångrad av ${LEADERSHIP}`).waitFor();
    await expectAccessible(page, 'Import undone (sv, 390 px)');
  }, 180_000);
});
