import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_USERS } from '@lagesbild/demo-data';
import {
  demoTokenFor,
  describeInBrowser,
  expectAccessible,
  launchChromium,
  startDemoStack,
  waitForPage,
} from './browser-kit';
import type { Stack } from '@lagesbild/launcher';

/**
 * The council's own work on interventions in a real browser against the real system, started as
 * `npm start` starts it: leadership creates, edits and reassigns; committees and the police report
 * and change status at the same time without losing either; readers see why they cannot edit;
 * the history reads as sentences, in Swedish and English; every view is axe-clean and fits 390 px.
 */

const ARTIFACTS = path.join(__dirname, '..', '..', '..', 'test-artifacts');
const TOKEN_KEY = 'lagesbild.token';
const LOCALE_KEY = 'lagesbild.locale';

type InBrowser = typeof globalThis & {
  localStorage: { setItem(key: string, value: string): void };
  document: {
    querySelector(selector: string): unknown;
    documentElement: { scrollWidth: number };
  };
};

const nameOf = (username: string): string => {
  const person = DEMO_USERS.find((p) => p.username === username);
  if (!person) throw new Error(`no demo user ${username}`);
  return person.name;
};

describeInBrowser('working on interventions in Chromium', () => {
  let stack: Stack;
  const serviceLog: string[] = [];
  let browser: Browser;
  let dashboardUrl: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
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

  const tokenFor = (username: string) => demoTokenFor(dashboardUrl, username);

  /** A fresh browser profile signed in as `username`, in Swedish or English. */
  async function signedInPage(username: string, locale: 'sv' | 'en' = 'sv'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));
    await page.addInitScript(
      (values: Record<string, string>) => {
        for (const [key, value] of Object.entries(values)) {
          (globalThis as InBrowser).localStorage.setItem(key, value);
        }
      },
      { [TOKEN_KEY]: await tokenFor(username), [LOCALE_KEY]: locale },
    );
    return page;
  }

  async function screenshot(page: Page, name: string) {
    await page.screenshot({ path: path.join(ARTIFACTS, `work-${name}.png`), fullPage: true });
  }

  /** Fails when the page scrolls sideways at 390 px, as on a phone, naming what sticks out. */
  async function expectFitsPhone(page: Page, view: string) {
    interface Element {
      tagName: string;
      className: unknown;
      textContent: string | null;
      parentElement: Element | null;
      getBoundingClientRect(): { right: number };
    }
    const size = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    const measure = () =>
      page.evaluate(() => {
        const { document } = globalThis as unknown as {
          document: {
            documentElement: { scrollWidth: number };
            querySelectorAll(selector: string): ArrayLike<Element>;
          };
        };
        // For the message: the outermost elements that stick out.
        const sticksOut = (element: Element | null) =>
          element !== null && element.getBoundingClientRect().right > 391;
        const outside = Array.from(document.querySelectorAll('body *'))
          .filter((element) => sticksOut(element) && !sticksOut(element.parentElement))
          .slice(0, 5)
          .map(
            (e) =>
              `${e.tagName}.${String(e.className).slice(0, 40)}: ${(e.textContent ?? '').slice(0, 40)}`,
          );
        return { width: document.documentElement.scrollWidth, outside };
      });
    // Charts follow the new width when their resize observer fires: give them a moment.
    let result = await measure();
    for (let tries = 0; result.width > 390 && tries < 20; tries += 1) {
      await page.waitForTimeout(250);
      result = await measure();
    }
    expect({
      view,
      width: result.width,
      outside: result.width > 390 ? result.outside : [],
    }).toEqual({ view, width: 390, outside: [] });
    if (size) await page.setViewportSize(size);
  }

  /** Creates an intervention through the API, as leadership, for the tests that work on one. */
  async function createThroughApi(title: string): Promise<string> {
    const response = await fetch(new URL('/graphql', dashboardUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor('ks.ordforande')}`,
      },
      body: JSON.stringify({
        query:
          'mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }',
        variables: {
          input: {
            title,
            goal: 'Färre anmälda skadegörelser runt skolan.',
            owner: 'GSN',
            coOwners: ['LPO'],
            startDate: '2026-01-01',
            endDate: '2027-06-30',
            status: 'ONGOING',
            milestones: [{ title: 'Schema för kvällsvandringar', dueDate: '2026-02-01' }],
          },
        },
      }),
    });
    const body = (await response.json()) as { data?: { createIntervention: { id: string } } };
    const id = body.data?.createIntervention.id;
    if (!id) throw new Error(`could not create "${title}": ${JSON.stringify(body)}`);
    return id;
  }

  const history = (page: Page) => page.getByRole('list', { name: 'Ändringar, nyast först' });

  /** An assignment's card on Mina uppdrag. */
  async function assignment(page: Page, title: string): Promise<Locator> {
    await page.goto(new URL('/mina-uppdrag', dashboardUrl).href);
    await waitForPage(page, 'Mina uppdrag');
    const card = page.getByRole('region', { name: title, exact: true });
    await card.waitFor();
    return card;
  }

  it('lets the KS chair create an intervention with Ny insats, with errors under the fields, then edit and reassign it', async () => {
    const page = await signedInPage('ks.ordforande');
    await page.goto(new URL('/insatser', dashboardUrl).href);
    await waitForPage(page, 'Insatser');
    await page.getByRole('button', { name: 'Ny insats' }).click();
    await waitForPage(page, 'Ny insats');
    const form = page.getByRole('form', { name: 'Ny insats' });
    await expectAccessible(page, 'Ny insats');
    await expectFitsPhone(page, 'Ny insats');

    const title = 'Trygga skolvägar i Bäckby';
    await form.getByLabel('Titel').fill(title);
    await form.getByLabel('Beskrivning').fill('Vuxna längs skolvägarna morgon och eftermiddag.');
    await form.getByLabel('Problem').fill('Elever känner sig otrygga på väg till skolan.');
    await form.getByLabel('Orsak').fill('Få vuxna i rörelse, dålig belysning.');
    await form
      .getByRole('textbox', { name: 'Mål', exact: true })
      .fill('Andelen otrygga elever minskar med en femtedel.');
    await form.getByLabel('Startdatum').fill('2026-03-01');
    await form.getByLabel('Slutdatum').fill('2025-12-31');
    await form.getByRole('combobox', { name: 'Ägare', exact: true }).selectOption('GSN');
    await form
      .getByRole('group', { name: 'Medägare' })
      .getByLabel('Lokalpolisområde Västerås')
      .check();
    await form
      .getByRole('group', { name: 'Områden' })
      .getByLabel('Bäckby', { exact: false })
      .first()
      .check();
    await form.getByLabel('Medborgarlöfte').fill('2026-H2');
    await form.getByRole('button', { name: 'Lägg till indikator' }).click();
    const followUp = form.getByRole('group', { name: 'Indikator 1' });
    await followUp.getByRole('combobox').selectOption({ index: 1 });
    await followUp.getByLabel('Utgångsvärde').fill('12,5');
    await followUp.getByLabel('Målvärde').fill('tio');
    await form.getByRole('button', { name: 'Lägg till delmål' }).click();
    const milestone = form.getByRole('group', { name: 'Delmål 1' });
    await milestone
      .getByRole('textbox', { name: 'Delmål', exact: true })
      .fill('Vandringsschema klart');
    await milestone.getByLabel('Senast').fill('2026-04-01');

    // A target that is not a number is caught before sending; the end date by the API.
    await form.getByRole('button', { name: 'Skapa insatsen' }).click();
    await followUp.getByText('Ange ett tal.').waitFor();
    expect(await followUp.getByLabel('Målvärde').getAttribute('aria-invalid')).toBe('true');
    await followUp.getByLabel('Målvärde').fill('10');
    await form.getByRole('button', { name: 'Skapa insatsen' }).click();
    await form.getByText('Slutdatum kan inte ligga före startdatum.').waitFor();
    expect(await form.getByLabel('Slutdatum').getAttribute('aria-invalid')).toBe('true');
    // Nothing typed is lost.
    expect(await form.getByLabel('Titel').inputValue()).toBe(title);
    await expectAccessible(page, 'Ny insats with errors');
    await screenshot(page, '1-ny-insats-fel');
    await form.getByLabel('Slutdatum').fill('2027-06-30');
    await form.getByRole('button', { name: 'Skapa insatsen' }).click();

    await page.waitForURL(/\/insatser\/[0-9a-f-]{36}$/);
    await waitForPage(page, title);
    const about = page.getByRole('region', { name: 'Om insatsen' });
    await about.getByText('Grundskolenämnden').waitFor();
    await page
      .getByRole('table', { name: 'Insatsens delmål' })
      .getByText('Vandringsschema klart')
      .waitFor();

    // Edit: only the goal changes.
    const edit = page.getByRole('form', { name: 'Ändra insatsen' });
    await edit
      .getByRole('textbox', { name: 'Mål', exact: true })
      .fill('Andelen otrygga elever halveras.');
    await edit.getByRole('button', { name: 'Spara ändringarna' }).click();
    await edit.getByText('Ändringarna är sparade.').waitFor();
    await about.getByText('Andelen otrygga elever halveras.').waitFor();

    // Reassign: IFN joins as co-owner.
    const reassign = page.getByRole('form', { name: 'Byt ägare' });
    await reassign.getByLabel('Individ- och familjenämnden').check();
    await reassign.getByRole('button', { name: 'Spara ägare' }).click();
    await reassign.getByText('Ägarna är sparade.').waitFor();

    const chair = nameOf('ks.ordforande');
    const sentences = history(page).getByRole('listitem');
    await history(page)
      .getByText(
        new RegExp(
          `^Medägare ändrade från Lokalpolisområde Västerås till .*Individ- och familjenämnden.* av ${chair}, `,
        ),
      )
      .waitFor();
    const texts = await sentences.allInnerTexts();
    expect(texts).toHaveLength(3);
    expect(texts[1]).toMatch(
      new RegExp(
        `^Mål ändrat från ”Andelen otrygga elever minskar med en femtedel\\.” till ”Andelen otrygga elever halveras\\.” av ${chair}, \\d{1,2} [a-zé]+\\.? \\d{4} \\d{2}:\\d{2}\\.$`,
      ),
    );
    expect(texts[2]).toMatch(new RegExp(`^Insatsen skapad av ${chair}, `));
    for (const text of texts)
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|[A-Z]{3,}_|\b(GSN|LPO|IFN)\b/);
    await expectAccessible(page, 'Insats (leadership)');
    await screenshot(page, '2-insats-ledning');
    await expectFitsPhone(page, 'Insats (leadership)');
  }, 240_000);

  it('keeps both the GSN secretary’s progress report and the police coordinator’s status change, and offers a real conflict back with the text kept', async () => {
    const title = 'Kvällsvandringar vid Skälbyskolan';
    const id = await createThroughApi(title);
    const secretary = await signedInPage('gsn.sekreterare');
    const police = await signedInPage('polis.samordnare');
    const gsnCard = await assignment(secretary, title);
    const policeCard = await assignment(police, title);
    await expectAccessible(secretary, 'Mina uppdrag');
    await expectFitsPhone(secretary, 'Mina uppdrag');

    // The secretary writes a report; meanwhile the police change the status.
    const report = gsnCard.getByRole('form', { name: 'Lämna uppföljning' });
    await report.getByLabel('Rapport', { exact: true }).fill('Tre vuxna på plats varje kväll.');
    const status = policeCard.getByRole('form', { name: 'Ändra status' });
    await status.getByLabel('Ny status').selectOption('AT_RISK');
    await status.getByRole('button', { name: 'Spara status' }).click();
    await status.getByText(`Status för ”${title}” är nu I riskzonen.`).waitFor();
    await report.getByRole('button', { name: 'Spara uppföljning' }).click();
    await report.getByText(`Uppföljningen av ”${title}” är sparad.`).waitFor();
    await gsnCard.getByText('Status: I riskzonen').waitFor();

    // The police change the status again from what they saw; the report is no obstacle.
    await status.getByLabel('Ny status').selectOption('DELAYED');
    await status.getByRole('button', { name: 'Spara status' }).click();
    await status.getByText(`Status för ”${title}” är nu Försenad.`).waitFor();

    // The secretary, who still sees I riskzonen, reports with a new status: a real conflict.
    await report.getByLabel('Status nu').selectOption('ONGOING');
    await report.getByLabel('Rapport', { exact: true }).fill('Vandringarna är igång igen.');
    await report.getByRole('button', { name: 'Spara uppföljning' }).click();
    const conflict = report.getByRole('alert');
    await conflict.waitFor();
    const coordinator = nameOf('polis.samordnare');
    expect(await conflict.innerText()).toMatch(
      new RegExp(
        `Status ändrad från I riskzonen till Försenad av ${coordinator}, \\d{1,2} [a-zé]+\\.? \\d{4} \\d{2}:\\d{2}\\.`,
      ),
    );
    expect(await report.getByLabel('Rapport', { exact: true }).inputValue()).toBe(
      'Vandringarna är igång igen.',
    );
    await expectAccessible(secretary, 'Mina uppdrag with a conflict');
    await screenshot(secretary, '3-konflikt');
    await conflict.getByRole('button', { name: 'Försök igen med min text' }).click();
    await report.getByText(`Uppföljningen av ”${title}” är sparad.`).waitFor();

    const detail = await signedInPage('ks.ordforande');
    await detail.goto(new URL(`/insatser/${id}`, dashboardUrl).href);
    await waitForPage(detail, title);
    const reports = detail.getByRole('table', { name: 'Uppföljningar, nyast först' });
    await reports.getByText('Tre vuxna på plats varje kväll.').waitFor();
    await reports.getByText('Vandringarna är igång igen.').waitFor();
    const secretaryName = nameOf('gsn.sekreterare');
    const texts = await history(detail).getByRole('listitem').allInnerTexts();
    expect(texts.map((t) => t.replace(/, \d{1,2} .*$/, ''))).toEqual([
      `Uppföljning lämnad och status ändrad från Försenad till Pågår av ${secretaryName}`,
      `Status ändrad från I riskzonen till Försenad av ${coordinator}`,
      `Uppföljning lämnad med status Pågår av ${secretaryName}`,
      `Status ändrad från Pågår till I riskzonen av ${coordinator}`,
      `Insatsen skapad av ${nameOf('ks.ordforande')}`,
    ]);
  }, 240_000);

  it('keeps Mina uppdrag in place after “Markera som klart” and says what was done', async () => {
    const page = await signedInPage('gsn.sekreterare');
    await page.goto(new URL('/mina-uppdrag', dashboardUrl).href);
    await waitForPage(page, 'Mina uppdrag');
    const cards = page.getByRole('main').locator('section:has(form)');
    await cards.first().waitFor();
    const titles = async () =>
      (await cards.locator('h2').allInnerTexts()).map((text) => text.trim());
    const before = await titles();
    const overdue = await cards.evaluateAll((sections) =>
      sections.map((s) => /(\d+) försena(?:t|de) delmål/.exec(s.textContent ?? '')?.[1] ?? '0'),
    );
    // A card whose only overdue milestone, once done, would sort it below later overdue ones.
    const index = overdue.findIndex(
      (count, i) => count === '1' && overdue.slice(i + 1).some((c) => c !== '0'),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const card = cards.nth(index);
    const title = before[index]!;
    const form = card.getByRole('form', { name: 'Markera delmål som klart' });
    const choice = form.getByLabel('Delmål', { exact: true });
    const option = (await choice.locator('option').allInnerTexts()).find((o) =>
      o.includes('försenat'),
    )!;
    await choice.selectOption({ label: option });
    const milestone = option.replace(/ \(.*$/, '');
    await form.getByRole('button', { name: 'Markera som klart' }).click();
    const done = form.getByRole('status');
    await done.getByText(`Delmålet ”${milestone}” i ”${title}” är markerat som klart.`).waitFor();
    await card.getByText('1 försenat delmål').waitFor({ state: 'detached' });
    expect(await titles()).toEqual(before);
  }, 180_000);

  it('shows a committee secretary and an analyst no controls they cannot use, and why', async () => {
    const title = 'Läxhjälp på Skälby bibliotek';
    const id = await createThroughApi(title);
    const page = await signedInPage('iff.sekreterare');
    await page.goto(new URL('/insatser', dashboardUrl).href);
    await waitForPage(page, 'Insatser');
    expect(await page.getByRole('button', { name: 'Ny insats' }).count()).toBe(0);
    await page.goto(new URL(`/insatser/${id}`, dashboardUrl).href);
    await waitForPage(page, title);
    await page
      .getByText(
        'Ägs av Grundskolenämnden (medägare: Lokalpolisområde Västerås). Bara de och rådets ordförande kan ändra insatsen.',
      )
      .waitFor();
    expect(await page.getByRole('form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Spara|Byt ägare|Lägg till/ }).count()).toBe(0);
    await expectAccessible(page, 'Insats (other organisation)');
    await screenshot(page, '4-insats-annan-organisation');
    await page.goto(new URL('/insatser/ny', dashboardUrl).href);
    await waitForPage(page, 'Ny insats');
    await page.getByText('Bara rådets ordförande kan skapa insatser och byta ägare.').waitFor();
    expect(await page.getByRole('form').count()).toBe(0);

    // The analyst belongs to KS; KS's assignments are shown without forms that would fail.
    const analyst = await signedInPage('analytiker');
    await analyst.goto(new URL('/mina-uppdrag', dashboardUrl).href);
    await waitForPage(analyst, 'Mina uppdrag');
    const notices = analyst.getByText(
      'Din roll kan läsa insatserna men inte ändra dem: det gör ägarna och rådets ordförande.',
    );
    await notices.first().waitFor();
    expect(await analyst.getByRole('form').count()).toBe(0);
    await expectAccessible(analyst, 'Mina uppdrag (analyst)');
  }, 180_000);

  it('reads the history and the forms in English', async () => {
    const title = 'Evening walks in Råby';
    const id = await createThroughApi(title);
    const police = await signedInPage('polis.samordnare', 'en');
    const card = await (async () => {
      await police.goto(new URL('/mina-uppdrag', dashboardUrl).href);
      await waitForPage(police, 'My assignments');
      const region = police.getByRole('region', { name: title, exact: true });
      await region.waitFor();
      return region;
    })();
    const status = card.getByRole('form', { name: 'Change status' });
    await status.getByLabel('New status').selectOption('AT_RISK');
    await status.getByRole('button', { name: 'Save status' }).click();
    await status.getByText(`The status of “${title}” is now At risk.`).waitFor();

    const chair = await signedInPage('ks.ordforande', 'en');
    await chair.goto(new URL(`/insatser/${id}`, dashboardUrl).href);
    await waitForPage(chair, title);
    const list = chair.getByRole('list', { name: 'Changes, newest first' });
    await list
      .getByText(
        new RegExp(
          `^Status changed from Ongoing to At risk by ${nameOf('polis.samordnare')}, \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}\\.$`,
        ),
      )
      .waitFor();
    const edit = chair.getByRole('form', { name: 'Edit the intervention' });
    await edit.getByLabel('Citizen promise').fill('2026-H3');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await edit.getByText('Enter a half-year, for example 2026-H1.').waitFor();
    await expectAccessible(chair, 'Intervention (English)');
    await chair.goto(new URL('/insatser/ny', dashboardUrl).href);
    await waitForPage(chair, 'New intervention');
    await chair.getByRole('form', { name: 'New intervention' }).getByLabel('Title').waitFor();
    await expectAccessible(chair, 'New intervention (English)');
    await expectFitsPhone(chair, 'New intervention (English)');
  }, 180_000);
});
