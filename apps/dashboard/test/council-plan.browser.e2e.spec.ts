import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DEMO_USERS } from '@lagesbild/demo-data';
import { formatLogLine, freeStackPorts, startStack, type Stack } from '@lagesbild/launcher';
import { SUBGRAPHS } from '@lagesbild/supergraph';
import { postGraphQL } from '@lagesbild/test-kit';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  serviceEnvironment,
  switchLanguage,
} from './browser-kit';

/**
 * The council's own planning in a real browser against the real system (started as `npm start`
 * starts it): the KS chair sets the focus areas and their order and publishes the action plan
 * twice, then reads what changed; a committee secretary reads both views without any control
 * that only leadership may use. Every view is checked with axe and at 390 px.
 */

const ARTIFACTS = path.join(__dirname, '..', '..', '..', 'test-artifacts');
const TOKEN_KEY = 'lagesbild.token';
const CHAIR = 'ks.ordforande';
const SECRETARY = 'gsn.sekreterare';
const NEW_AREA = 'Otrygghet kring Skultuna torg';

/** The browser globals the page scripts below use; this file is type-checked for Node. */
type InBrowser = typeof globalThis & {
  localStorage: { setItem(key: string, value: string): void };
  document: {
    querySelector(selector: string): unknown;
    documentElement: { scrollWidth: number; clientWidth: number };
  };
};

describeInBrowser('the council’s focus areas and action plan in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let dashboardUrl: string;
  const serviceLog: string[] = [];
  const contexts: BrowserContext[] = [];
  const tokens = new Map<string, string>();
  /** The versions the chair publishes: N, then N+1. */
  const published: number[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const ports = await freeStackPorts(SUBGRAPHS.map((s) => s.name));
    try {
      stack = await startStack({
        ports,
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
    dashboardUrl = `http://127.0.0.1:${ports.dashboard}/`;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  async function tokenFor(username: string): Promise<string> {
    const known = tokens.get(username);
    if (known) return known;
    const response = await fetch(new URL('/auth/dev-token', dashboardUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: username }),
    });
    const { token } = (await response.json()) as { token: string };
    tokens.set(username, token);
    return token;
  }

  /** The API as `username`, for facts the browser should agree with. */
  async function api<Data>(username: string, query: string, variables?: Record<string, unknown>) {
    const response = await postGraphQL<Data>(stack.gatewayUrl, query, {
      token: await tokenFor(username),
      variables,
    });
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  async function storedOrder(): Promise<string[]> {
    const { focusAreas } = await api<{ focusAreas: { title: string }[] }>(
      CHAIR,
      '{ focusAreas { title } }',
    );
    return focusAreas.map((f) => f.title);
  }

  async function signedInPage(username: string, width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    contexts.push(context);
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));
    const token = await tokenFor(username);
    await page.addInitScript(
      ({ key, value }) => (globalThis as InBrowser).localStorage.setItem(key, value),
      { key: TOKEN_KEY, value: token },
    );
    return page;
  }

  async function open(page: Page, route: string, heading: string | RegExp) {
    await page.goto(new URL(route, dashboardUrl).href);
    await waitForPage(page, heading);
  }

  async function waitForPage(page: Page, heading: string | RegExp) {
    await page.getByRole('main').getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.waitForFunction(
      () => !(globalThis as InBrowser).document.querySelector('[aria-busy="true"]'),
    );
  }

  async function screenshot(page: Page, name: string) {
    await page.screenshot({
      path: path.join(ARTIFACTS, `council-plan-${name}.png`),
      fullPage: true,
    });
  }

  /** The focus areas as the page lists them, in order. */
  function focusAreaList(page: Page): Locator {
    return page.getByRole('list', {
      name: /^(Områden i prioritetsordning|Focus areas in priority order)$/,
    });
  }

  async function shownOrder(page: Page): Promise<string[]> {
    const headings = focusAreaList(page).getByRole('heading', { level: 2 });
    return (await headings.allInnerTexts()).map((text) => text.trim());
  }

  async function status(page: Page, text: string | RegExp) {
    await page.getByRole('status').getByText(text).waitFor();
  }

  async function expectNoSidewaysScroll(page: Page, view: string) {
    const widths = await page.evaluate(() => {
      const root = (globalThis as InBrowser).document.documentElement;
      return { scroll: root.scrollWidth, client: root.clientWidth };
    });
    expect({ view, ...widths }).toEqual({ view, scroll: widths.client, client: widths.client });
  }

  async function publish(page: Page, title: string): Promise<number> {
    await open(page, '/atgardsplan', 'Åtgärdsplan');
    await page.getByRole('link', { name: 'Publicera åtgärdsplanen' }).click();
    await waitForPage(page, 'Publicera åtgärdsplanen');
    // Nothing is previewed, let alone published, without a title and a period.
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    expect(await page.getByText('Fyll i fältet.').count()).toBe(2);
    await page.getByRole('textbox', { name: 'Rubrik' }).fill(title);
    await page.getByRole('textbox', { name: 'Period' }).fill('2025–2026');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const preview = page.getByRole('region', { name: 'Det här fryses' });
    await preview.getByRole('region', { name: NEW_AREA }).waitFor();
    await expectAccessible(page, 'Publicera, förhandsgranskning');
    await preview.getByRole('button', { name: 'Publicera den här versionen' }).click();
    const heading = page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: /^Version \d+: / });
    await heading.waitFor();
    const version = Number(/^Version (\d+):/.exec(await heading.innerText())![1]);
    await page.getByRole('status').getByText(`Version ${version} har publicerats.`).waitFor();
    return version;
  }

  it('lets the KS chair create, edit and reorder focus areas, by keyboard and by dragging', async () => {
    const page = await signedInPage(CHAIR);
    await page.goto(dashboardUrl);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Prioriterade områden' })
      .click();
    await waitForPage(page, 'Prioriterade områden');
    const before = await shownOrder(page);
    expect(before).toEqual(await storedOrder());
    expect(before.length).toBeGreaterThanOrEqual(4);
    await expectAccessible(page, 'Prioriterade områden (ledning)');

    // Create: every problem is named under its field, in Swedish, and nothing is sent.
    await page.getByRole('button', { name: 'Nytt prioriterat område' }).click();
    const form = page.getByRole('form', { name: 'Nytt prioriterat område' });
    await form.getByRole('button', { name: 'Spara' }).click();
    expect(await form.getByText('Fyll i fältet.').count()).toBe(4);
    await form.getByRole('textbox', { name: 'Rubrik' }).fill(NEW_AREA);
    await form
      .getByRole('textbox', { name: 'Problem' })
      .fill('Fler anmälningar om ordningsstörning.');
    await form.getByRole('textbox', { name: 'Orsaksanalys' }).fill('Mörka platser; få vuxna ute.');
    await form.getByLabel('Periodens första dag').fill('2026-01-01');
    await form.getByLabel('Periodens sista dag').fill('2025-12-31');
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.getByText('Den sista dagen kommer före den första.').waitFor();
    expect(await form.getByRole('textbox', { name: 'Rubrik' }).inputValue()).toBe(NEW_AREA);
    await form.getByLabel('Periodens sista dag').fill('2026-12-31');
    await form.getByRole('combobox', { name: 'Områden' }).click();
    // Fluent's multiple-choice dropdown lists its choices as menu item checkboxes.
    await page.getByRole('menuitemcheckbox', { name: 'Skultuna' }).click();
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'Nytt prioriterat område');
    await form.getByRole('button', { name: 'Spara' }).click();
    await status(page, `${NEW_AREA} har lagts till sist i prioritetsordningen.`);
    expect(await shownOrder(page)).toEqual([...before, NEW_AREA]);
    const created = focusAreaList(page).getByRole('listitem', { name: NEW_AREA });
    await created.getByText('Skultuna', { exact: true }).waitFor();
    expect(await storedOrder()).toEqual([...before, NEW_AREA]);

    // Keyboard: the move button keeps the focus, so a second Enter moves it again.
    await created.getByRole('button', { name: `Flytta upp ${NEW_AREA}` }).focus();
    await page.keyboard.press('Enter');
    await status(page, `${NEW_AREA} har nu prioritet ${before.length}.`);
    await page.keyboard.press('Enter');
    await status(page, `${NEW_AREA} har nu prioritet ${before.length - 1}.`);
    const afterButtons = [...before.slice(0, -2), NEW_AREA, ...before.slice(-2)];
    expect(await shownOrder(page)).toEqual(afterButtons);
    expect(await storedOrder()).toEqual(afterButtons);

    // Keyboard drag and drop: space lifts the handle, an arrow moves it, space drops it.
    const dragHandle = created.getByRole('button', { name: `Flytta ${NEW_AREA}`, exact: true });
    await dragHandle.focus();
    await page.keyboard.press('Space');
    await created.locator('button[aria-pressed="true"]').waitFor();
    await page.keyboard.press('ArrowUp');
    await page
      .getByText(`${NEW_AREA} är över plats ${before.length - 2}.`)
      .waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await status(page, `${NEW_AREA} har nu prioritet ${before.length - 2}.`);
    const afterKeyboardDrag = [...before.slice(0, -3), NEW_AREA, ...before.slice(-3)];
    expect(await storedOrder()).toEqual(afterKeyboardDrag);

    // Drag and drop with the pointer: the first area onto the second's place.
    const [first, second] = afterKeyboardDrag;
    const firstItem = focusAreaList(page).getByRole('listitem', { name: first! });
    const handle = firstItem.getByRole('button', { name: `Flytta ${first}`, exact: true });
    await firstItem.evaluate((item) => item.scrollIntoView({ block: 'start' }));
    const start = (await handle.boundingBox())!;
    const [one, two] = await Promise.all([
      firstItem.boundingBox(),
      focusAreaList(page).getByRole('listitem', { name: second! }).boundingBox(),
    ]);
    // Past the midpoint between the two areas' centres, so the second is the closer one.
    const distance = two!.y + two!.height / 2 - (one!.y + one!.height / 2);
    const x = start.x + start.width / 2;
    const y = start.y + start.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + 10, { steps: 5 });
    await page.mouse.move(x, y + distance * 0.75, { steps: 20 });
    await page.mouse.up();
    await status(page, `${first} har nu prioritet 2.`);
    const afterPointerDrag = [second!, first!, ...afterKeyboardDrag.slice(2)];
    expect(await shownOrder(page)).toEqual(afterPointerDrag);
    expect(await storedOrder()).toEqual(afterPointerDrag);

    // Someone else reorders meanwhile: the page's next move is refused, and it says so and
    // shows the order as it is now.
    const { focusAreas } = await api<{ focusAreas: { id: string }[] }>(
      'lpo.chef',
      '{ focusAreas { id } }',
    );
    const current = focusAreas.map((f) => f.id);
    await api(
      'lpo.chef',
      'mutation($order: [ID!]!, $seen: [ID!]!) { prioritiseFocusAreas(order: $order, expectedOrder: $seen) { id } }',
      { order: [...current].reverse(), seen: current },
    );
    const reversed = [...afterPointerDrag].reverse();
    await focusAreaList(page)
      .getByRole('button', { name: `Flytta ned ${afterPointerDrag[0]}` })
      .click();
    await status(page, /Någon annan har ändrat ordningen under tiden/);
    expect(await shownOrder(page)).toEqual(reversed);
    expect(await storedOrder()).toEqual(reversed);

    // Edit: the stored text is in the form; the change is saved and shown.
    await created.getByRole('button', { name: `Ändra ${NEW_AREA}` }).click();
    const edit = page.getByRole('form', { name: `Ändra ${NEW_AREA}` });
    expect(await edit.getByRole('textbox', { name: 'Problem' }).inputValue()).toBe(
      'Fler anmälningar om ordningsstörning.',
    );
    await edit.getByRole('textbox', { name: 'Rubrik' }).fill('');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await edit.getByText('Fyll i fältet.').waitFor();
    await edit.getByRole('textbox', { name: 'Rubrik' }).fill(NEW_AREA);
    await edit
      .getByRole('textbox', { name: 'Problem' })
      .fill('Fler anmälningar om ordningsstörning, främst kvällstid.');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await status(page, `${NEW_AREA} har sparats.`);
    await created.getByText('Fler anmälningar om ordningsstörning, främst kvällstid.').waitFor();
    await screenshot(page, '1-focus-areas');
  }, 240_000);

  it('lets the KS chair publish version N and N+1 and read what changed, before and after', async () => {
    const page = await signedInPage(CHAIR);
    published.push(await publish(page, 'Åtgärdsplan 2025–2026'));
    const document = page.getByRole('main');
    const area = document.getByRole('region', { name: NEW_AREA });
    await area.getByText('Fler anmälningar om ordningsstörning, främst kvällstid.').waitFor();
    // Interventions appear with their owners' names, not codes.
    await document.getByText('Grundskolenämnden').first().waitFor();
    await document
      .getByRole('table', { name: /^Kommunens värden när planen publicerades/ })
      .waitFor();
    await expectAccessible(page, 'Åtgärdsplan, en version');
    await screenshot(page, '2-action-plan-version');

    // Printed, the document stands alone: no navigation and no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await area.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // A change between the versions: the focus area's problem, edited in the browser.
    await open(page, '/prioriterade-omraden', 'Prioriterade områden');
    const created = focusAreaList(page).getByRole('listitem', { name: NEW_AREA });
    await created.getByRole('button', { name: `Ändra ${NEW_AREA}` }).click();
    const edit = page.getByRole('form', { name: `Ändra ${NEW_AREA}` });
    await edit
      .getByRole('textbox', { name: 'Problem' })
      .fill('Ordningsstörningarna har halverats.');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await status(page, `${NEW_AREA} har sparats.`);
    published.push(await publish(page, 'Åtgärdsplan 2025–2026, reviderad'));
    expect(published[1]).toBe(published[0]! + 1);

    await open(page, '/atgardsplan', 'Åtgärdsplan');
    const versions = page.getByRole('list', { name: 'Publicerade versioner, nyast först' });
    expect((await versions.getByRole('link').allInnerTexts())[0]).toBe(
      `Version ${published[1]}: Åtgärdsplan 2025–2026, reviderad`,
    );
    const chair = DEMO_USERS.find((u) => u.username === CHAIR)!;
    await versions.getByText(`av ${chair.name}.`, { exact: false }).first().waitFor();
    await expectAccessible(page, 'Åtgärdsplan');
    await page.getByRole('combobox', { name: 'Från version' }).selectOption(String(published[0]));
    await page.getByRole('combobox', { name: 'Till version' }).selectOption(String(published[1]));
    await page.getByRole('button', { name: 'Jämför' }).click();
    await waitForPage(page, `Jämförelse: version ${published[0]} och ${published[1]}`);
    const changes = page.getByRole('table', { name: `Ändringar i ${NEW_AREA}` });
    const row = changes.getByRole('row', { name: /^Problem/ });
    await row.waitFor();
    expect((await row.getByRole('cell').allInnerTexts()).map((c) => c.trim())).toEqual([
      'Fler anmälningar om ordningsstörning, främst kvällstid.',
      'Ordningsstörningarna har halverats.',
    ]);
    await page
      .getByRole('region', { name: 'Tillagt' })
      .getByText('Inget har lagts till.')
      .waitFor();
    await expectAccessible(page, 'Jämförelse');
    await screenshot(page, '3-comparison');
  }, 240_000);

  it('shows a committee secretary both views without any leadership control', async () => {
    const page = await signedInPage(SECRETARY);
    await page.goto(dashboardUrl);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Prioriterade områden' }).click();
    await waitForPage(page, 'Prioriterade områden');
    await focusAreaList(page).getByRole('listitem', { name: NEW_AREA }).waitFor();
    await page.getByText('Rådets ledning ändrar de prioriterade områdena').waitFor();
    const main = page.getByRole('main');
    expect(await main.getByRole('button').count()).toBe(0);
    // Each intervention is a link to its page.
    await main.getByRole('link').first().click();
    await page.waitForURL(/\/insatser\/[0-9a-f-]+$/);
    await expectNoSidewaysScroll(page, 'insats');

    await open(page, '/prioriterade-omraden', 'Prioriterade områden');
    await expectAccessible(page, 'Prioriterade områden (läsare)');
    await nav.getByRole('link', { name: 'Åtgärdsplan' }).click();
    await waitForPage(page, 'Åtgärdsplan');
    expect(await page.getByRole('link', { name: 'Publicera åtgärdsplanen' }).count()).toBe(0);
    await expectAccessible(page, 'Åtgärdsplan (läsare)');
    await open(page, '/atgardsplan/publicera', 'Publicera åtgärdsplanen');
    await page.getByText('Bara rådets ledning publicerar åtgärdsplanen.').waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await open(page, `/atgardsplan/${published[1]}`, /^Version \d+: /);
    expect(await page.getByRole('main').getByRole('button').allInnerTexts()).toEqual(['Skriv ut']);
  }, 240_000);

  it('fits 390 px without sideways scrolling, in Swedish and in English', async () => {
    const views: Array<[string, string, string]> = [
      ['/prioriterade-omraden', 'Prioriterade områden', 'Focus areas'],
      ['/atgardsplan', 'Åtgärdsplan', 'Action plan'],
      [
        `/atgardsplan/${published[0]}`,
        `Version ${published[0]}: Åtgärdsplan 2025–2026`,
        `Version ${published[0]}: Åtgärdsplan 2025–2026`,
      ],
      [
        `/atgardsplan/jamfor?fran=${published[0]}&till=${published[1]}`,
        `Jämförelse: version ${published[0]} och ${published[1]}`,
        `Comparison: version ${published[0]} and ${published[1]}`,
      ],
      ['/atgardsplan/publicera', 'Publicera åtgärdsplanen', 'Publish the action plan'],
    ];
    const page = await signedInPage(CHAIR, 390);
    for (const [route, swedish] of views) {
      await open(page, route, swedish);
      await expectNoSidewaysScroll(page, `${route} (sv)`);
    }
    await switchLanguage(page, 'In English');
    for (const [route, , english] of views) {
      await open(page, route, english);
      await expectNoSidewaysScroll(page, `${route} (en)`);
      await expectAccessible(page, `${route} in English`);
    }
    await open(page, '/prioriterade-omraden', 'Focus areas');
    await page.getByRole('button', { name: 'New focus area' }).click();
    const form = page.getByRole('form', { name: 'New focus area' });
    await form.getByRole('button', { name: 'Save' }).click();
    expect(await form.getByText('Fill in this field.').count()).toBe(4);
    await expectNoSidewaysScroll(page, 'new focus area form (en)');
    await open(
      page,
      `/atgardsplan/jamfor?fran=${published[0]}&till=${published[1]}`,
      /^Comparison/,
    );
    await page
      .getByRole('table', { name: `Changes to ${NEW_AREA}` })
      .getByRole('row', { name: /^Problem/ })
      .waitFor();
    await screenshot(page, '4-comparison-390-en');
  }, 240_000);
});
