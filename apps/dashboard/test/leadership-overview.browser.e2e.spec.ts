import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, expectAccessible, launchChromium } from './browser-kit';
import {
  demoTokenFor,
  signedInPage,
  startDashboardStack,
  waitForView,
  type DashboardStack,
} from './dashboard-stack';

/**
 * The KS chair on Översikt: reads the late interventions (owner by name, the person responsible,
 * days late and the last report) as the API reports them, and opens every count on the page to
 * find the filtered Insatser list holding exactly that many interventions, with the filter named.
 */

const CHAIR = 'ks.ordforande';
const DESKTOP = { width: 1280, height: 900 };

interface LateRow {
  daysLate: number;
  intervention: {
    id: string;
    title: string;
    lastReportedOn: string | null;
    owner: { code: string; name: string };
    responsible: { name: string } | null;
  };
}

describeInBrowser('Översikt for leadership', () => {
  let system: DashboardStack;
  let browser: Browser;
  let late: LateRow[];

  beforeAll(async () => {
    system = await startDashboardStack();
    browser = await launchChromium();
    const token = await demoTokenFor(system.dashboardUrl, CHAIR);
    const response = await fetch(new URL('/graphql', system.dashboardUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `{ kpiSummary { lateInterventions { daysLate intervention {
          id title lastReportedOn owner { code name } responsible { name } } } } }`,
      }),
    });
    const body = (await response.json()) as {
      data: { kpiSummary: { lateInterventions: LateRow[] } };
    };
    late = body.data.kpiSummary.lateInterventions;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  }, 60_000);

  async function overview(locale: 'sv' | 'en' = 'sv') {
    const { context, page } = await signedInPage(browser, system.dashboardUrl, CHAIR, {
      ...DESKTOP,
      locale,
    });
    await page.goto(system.dashboardUrl);
    await waitForView(page, locale === 'sv' ? 'Översikt' : 'Overview');
    return { context, page };
  }

  it('lists each late intervention with owner name, responsible person, days late and last report', async () => {
    // The demo has late interventions, and names someone responsible for each.
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((l) => l.intervention.responsible !== null)).toBe(true);
    const { context, page } = await overview();
    try {
      const table = page.getByRole('table', { name: 'Sena insatser, mest försenade först' });
      const rows = table.locator('tbody tr');
      await rows.first().waitFor();
      const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
      expect(headers).toEqual(
        expect.arrayContaining([
          'Insats',
          'Ägare',
          'Ansvarig',
          'Dagar sena',
          'Räknat från',
          'Senaste rapport',
        ]),
      );
      const column = (name: string) => headers.indexOf(name);
      expect(await rows.count()).toBe(late.length);
      for (const [index, expected] of late.entries()) {
        const cells = (await rows.nth(index).locator('td').allInnerTexts()).map((c) => c.trim());
        const { intervention } = expected;
        expect(cells[column('Insats')]).toBe(intervention.title);
        // The owner by name, never by code.
        expect(cells[column('Ägare')]).toBe(intervention.owner.name);
        expect(cells[column('Ägare')]).not.toBe(intervention.owner.code);
        expect(cells[column('Ansvarig')]).toBe(intervention.responsible?.name);
        expect(cells[column('Dagar sena')]).toBe(String(expected.daysLate));
        expect(cells[column('Räknat från')]).toMatch(
          /^(Delmålet ”.+”, förfallodag|Status .+ sedan) \d{1,2} \S+ \d{4}$/,
        );
        const lastReport = cells[column('Senaste rapport')];
        if (intervention.lastReportedOn === null) expect(lastReport).toBe('Ingen rapport');
        else {
          const [year, , day] = intervention.lastReportedOn.split('-');
          expect(lastReport).toMatch(new RegExp(`^${Number(day)} \\S+ ${year}$`));
        }
        // Each links to its intervention.
        expect(
          await rows
            .nth(index)
            .getByRole('link', { name: intervention.title })
            .getAttribute('href'),
        ).toBe(`/insatser/${intervention.id}`);
      }

      // Follow-ups say what is missing instead of "too little data".
      const followUps = page.getByRole('table', { name: /^Uppföljningsindikatorer/ });
      await followUps.locator('tbody tr').first().waitFor();
      const followUpText = await followUps.locator('tbody').innerText();
      expect(followUpText).not.toContain('För lite data');
      expect(followUpText).toMatch(
        /döljs för att skydda enskilda|För tidigt att bedöma|Siffror saknas|hela kommunen|Ingen baslinje|inga slutliga siffror/,
      );
      await expectAccessible(page, 'Översikt, sena insatser');

      await rows.first().getByRole('link').click();
      await waitForView(page, late[0]!.intervention.title);
    } finally {
      await context.close();
    }
  }, 180_000);

  /** The interventions the list shows in all, all pages loaded, and what the counter says. */
  async function listed(page: Page): Promise<{ rows: number; total: number }> {
    const counter = page.getByText(/^Visar \d+ av \d+ insatser\.$/);
    await counter.waitFor();
    let [, shown, total] = /Visar (\d+) av (\d+)/.exec(await counter.innerText())!.map(Number);
    while (shown! < total!) {
      await page.getByRole('button', { name: 'Visa fler' }).click();
      await page.waitForFunction((n) => !document.body.innerText.includes(`Visar ${n} av`), shown);
      [, shown, total] = /Visar (\d+) av (\d+)/.exec(await counter.innerText())!.map(Number);
    }
    const rows = await page
      .getByRole('table', { name: 'Insatser som matchar filtret' })
      .locator('tbody tr:has(a[href^="/insatser/"])')
      .count();
    return { rows, total: total! };
  }

  it('opens the matching filtered list from every count, naming the filter and clearing it', async () => {
    const { context, page } = await overview();
    try {
      await page.getByRole('table', { name: 'Antal insatser per ägare och status' }).waitFor();
      const links = await page.locator('main a[data-count]').evaluateAll((elements) =>
        elements.map((element) => {
          const a = element as unknown as { getAttribute(name: string): string };
          return {
            href: a.getAttribute('href'),
            count: Number(a.getAttribute('data-count')),
            name: a.getAttribute('aria-label'),
          };
        }),
      );
      // Total, on track, late, overdue, citizen promises; six statuses; owners × (six + total).
      expect(links.length).toBeGreaterThanOrEqual(5 + 6 + 5 * 7);
      expect(links.map((l) => l.href)).toEqual(
        expect.arrayContaining([
          '/insatser',
          '/insatser?late=yes',
          '/insatser?overdue=yes',
          '/insatser?status=DELAYED',
        ]),
      );

      // One count is followed by a click, as a user would; the list names its filter.
      await page
        .getByRole('link', { name: /: visa de sena insatserna i listan över insatser$/ })
        .click();
      await waitForView(page, 'Insatser');
      expect(new URL(page.url()).search).toBe('?late=yes');
      await page.getByText('Visar insatser som är sena.').waitFor();
      expect(await listed(page)).toEqual({ rows: late.length, total: late.length });
      await expectAccessible(page, 'Insatser, sena');
      await page.getByRole('button', { name: 'Rensa filtret' }).click();
      await page.waitForURL((url) => url.pathname === '/insatser' && url.search === '');
      // The address changes first; the notice goes with the next render.
      await page.getByText('Aktivt filter').waitFor({ state: 'detached' });
      expect(await page.getByText('Aktivt filter').count()).toBe(0);

      for (const link of links) {
        await page.goto(new URL(link.href, system.dashboardUrl).href);
        await waitForView(page, 'Insatser');
        const { rows, total } = await listed(page);
        expect({ link: link.name, rows, total }).toEqual({
          link: link.name,
          rows: link.count,
          total: link.count,
        });
        if (link.href !== '/insatser') await page.getByText('Aktivt filter').waitFor();
      }
    } finally {
      await context.close();
    }
  }, 600_000);

  it('reads the late list in English', async () => {
    const { context, page } = await overview('en');
    try {
      const table = page.getByRole('table', { name: 'Late interventions, latest first' });
      await table.locator('tbody tr').first().waitFor();
      const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
      expect(headers).toEqual(
        expect.arrayContaining([
          'Intervention',
          'Owner',
          'Responsible',
          'Days late',
          'Counted from',
          'Last report',
        ]),
      );
      expect(await table.locator('tbody tr').count()).toBe(late.length);
      await page
        .getByRole('link', { name: /: show the late interventions in the list of interventions$/ })
        .click();
      await waitForView(page, 'Interventions');
      await page.getByText('Showing interventions that are late.').waitFor();
      await expectAccessible(page, 'Overview and late list in English');
    } finally {
      await context.close();
    }
  }, 180_000);
});
