import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

interface Summary { total: number; assessed: number; counts: Record<string, number>; shares: Record<string, number> }
interface SnapshotAnswer { data: { method: string; national: Summary; goals: { code: string; summary: Summary }[] } }

describe('progress dashboard and data availability in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let page: Page;

  before(async () => {
    page = await site.newPage();
  });

  async function snapshot(query = ''): Promise<SnapshotAnswer['data']> {
    return ((await (await fetch(`${site.origin}/api/v1/progress/snapshot${query}`)).json()) as SnapshotAnswer).data;
  }

  /** Per goal row of the table: its code, each class cell's count, and assessed / total. */
  async function goalRows(): Promise<{ goal: string; counts: Record<string, number>; assessed: number; total: number }[]> {
    return page.locator('[data-testid="goal-table"] tbody tr').evaluateAll((rows) => rows.map((row) => {
      const counts: Record<string, number> = {};
      for (const cell of Array.from(row.querySelectorAll('td[data-class]'))) counts[cell.getAttribute('data-class')!] = Number(cell.getAttribute('data-count'));
      const last = row.querySelector('td[data-assessed]')!;
      return { goal: row.getAttribute('data-goal')!, counts, assessed: Number(last.getAttribute('data-assessed')), total: Number(last.getAttribute('data-total')) };
    }));
  }

  /** The method's off-track classes, from GET /progress/methods. */
  async function offTrackClasses(method: string): Promise<string[]> {
    const answer = (await (await fetch(`${site.origin}/api/v1/progress/methods`)).json()) as
      { data: { methods: { id: string; classes: { id: string; offTrack: boolean }[] }[] } };
    return answer.data.methods.find((m) => m.id === method)!.classes.filter((c) => c.offTrack).map((c) => c.id);
  }

  /** The summary sentence the page must show for `summary`: assessed of total, off track and its whole percentage. */
  async function expectedSentence(summary: Summary, method = 'opensdg'): Promise<string> {
    const off = (await offTrackClasses(method)).reduce((n, c) => n + (summary.counts[c] ?? 0), 0);
    return `${summary.assessed} of ${summary.total} indicators with data could be assessed; ${off} of them (${Math.round((100 * off) / summary.assessed)}%) are off track.`;
  }

  async function summaryText(): Promise<string> {
    return page.getByTestId('summary-text').innerText();
  }

  it('shows 17 goal rows whose class counts and shares are those of GET /progress/snapshot (Open SDG, the national default)', async () => {
    await page.goto(`${site.origin}/progress`);
    await page.locator('[data-testid="goal-table"] tbody tr').first().waitFor();
    await page.locator('.indicator-chart[aria-label] svg').waitFor();
    const api = await snapshot();
    assert.equal(api.method, 'opensdg');
    const rows = await goalRows();
    assert.deepEqual(rows.map((r) => r.goal), Array.from({ length: 17 }, (_, i) => String(i + 1)));
    for (const row of rows) {
      const summary = api.goals.find((g) => g.code === row.goal)?.summary;
      assert.ok(summary, `goal ${row.goal} has data nationally`);
      for (const [cls, count] of Object.entries(row.counts)) assert.equal(count, summary.counts[cls] ?? 0, `goal ${row.goal} ${cls}`);
      assert.deepEqual([row.assessed, row.total], [summary.assessed, summary.total], `goal ${row.goal}`);
    }
    // Every cell shows the count and the share of the goal's assessed indicators, rounded to a whole percentage,
    // e.g. goal 2: 1 target achieved, 6 limited of 10 assessed → "1 10%", "6 60%".
    for (const code of ['2', '3', '16']) {
      const s = api.goals.find((g) => g.code === code)!.summary;
      const shown = (await page.locator(`[data-testid="goal-table"] tr[data-goal="${code}"] td[data-class]`).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      const classes = ['target_achieved', 'substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration'];
      assert.deepEqual(shown, classes.map((c) => `${s.counts[c] ?? 0} ${Math.round((100 * (s.counts[c] ?? 0)) / s.assessed)}%`), `goal ${code}`);
    }
    // 124 of the 184 indicators with data nationally have a class (60 have one year of data since 2015 or no target).
    assert.deepEqual([api.national.assessed, api.national.total, api.national.counts.not_available], [124, 184, 60]);
    assert.equal(await summaryText(), await expectedSentence(api.national));
  });

  it('choosing an area, then SEX:F, reloads the figures for that scope and keeps it in the address', async () => {
    await page.goto(`${site.origin}/progress`);
    await page.locator('[data-testid="goal-table"]').waitFor();
    await page.getByLabel('Area').selectOption('BD-10');
    await page.waitForURL(/[?&]area=BD-10(&|$)/);
    // Chattogram: 8 census indicators, one year each, so none can be assessed.
    await page.getByText('None of the 8 indicators with data in this scope could be assessed', { exact: false }).waitFor();
    assert.equal(await page.locator('#dashboard-summary-heading').innerText(), 'Summary for Chattogram');
    // Its 8 indicators sit under goals 5 (1), 6 (2), 7 (2), 8 (2) and 17 (1): 1 + 2 + 2 + 2 + 1 = 8.
    assert.equal((await goalRows()).reduce((n, r) => n + r.total, 0), 8);

    await page.getByLabel('Area').selectOption('');
    await page.getByLabel('Group of people or breakdown').selectOption('SEX:F');
    await page.waitForURL(/[?&]dimension=SEX%3AF(&|$)|[?&]dimension=SEX:F(&|$)/);
    await page.getByText('Summary for Sex: Female').waitFor();
    const api = await snapshot('?dimension=SEX:F');
    // 43 indicators have keys for women and girls; 22 of them have a class.
    assert.deepEqual([api.national.assessed, api.national.total], [22, 43]);
    assert.equal(await summaryText(), await expectedSentence(api.national));
    const rows = await goalRows();
    assert.equal(rows.length, 17);
    for (const row of rows) {
      const summary = api.goals.find((g) => g.code === row.goal)?.summary;
      assert.equal(row.total, summary?.total ?? 0, `goal ${row.goal}`);
    }

    await page.reload();
    await page.getByText('Summary for Sex: Female').waitFor();
    assert.equal(await page.getByLabel('Group of people or breakdown').inputValue(), 'SEX:F', 'a shared address shows the same scope');
  });

  it('another method switches the classes; the off-track list links to the indicator page', async () => {
    await page.goto(`${site.origin}/progress?method=unsd`);
    await page.locator('[data-testid="goal-table"] thead th').first().waitFor();
    assert.deepEqual((await page.locator('[data-testid="goal-table"] thead th').allInnerTexts()).slice(1, 5),
      ['On track', 'Fair progress', 'Limited progress', 'Deterioration']);
    assert.equal(await page.getByLabel('Progress method').inputValue(), 'unsd');

    await page.goto(`${site.origin}/progress`);
    const first = page.locator('[data-testid="off-track-table"] tbody tr').first();
    await first.waitFor();
    const code = await first.getAttribute('data-indicator');
    assert.ok(code);
    await first.getByRole('link').click();
    await page.waitForURL(new RegExp(`/indicators/${code!.replaceAll('.', '\\.')}$`));
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('the home page links to the dashboard from "Progress at a glance"', async () => {
    await page.goto(`${site.origin}/`);
    const national = (await snapshot()).national;
    const off = (await offTrackClasses('opensdg')).reduce((n, c) => n + (national.counts[c] ?? 0), 0);
    await page.getByText(`${off} of 124 assessed indicators are off track (Open SDG).`).waitFor();
    await page.getByRole('link', { name: 'Open the progress dashboard' }).click();
    await page.waitForURL(/\/progress$/);
  });

  it('an address with an unknown method, area and breakdown falls back to the national view with a notice for each, not an error', async () => {
    await page.goto(`${site.origin}/progress?method=xyz&area=ZZZ&dimension=FOO:bar`);
    await page.locator('[data-testid="goal-table"] tbody tr').first().waitFor();
    assert.deepEqual(await page.locator('.dashboard-notice').allInnerTexts(), [
      'There is no progress method “xyz”: the dashboard shows the national default instead.',
      'There are no progress data for the area “ZZZ”: the dashboard shows the whole country instead.',
      'There are no progress data for the breakdown “FOO:bar”: the dashboard shows everyone instead.',
    ]);
    assert.equal(new URL(page.url()).search, '', 'the unknown choices leave the address');
    assert.deepEqual([await page.getByLabel('Progress method').inputValue(), await page.getByLabel('Area').inputValue()], ['opensdg', '']);
    assert.equal(await summaryText(), await expectedSentence((await snapshot()).national));
    // a known breakdown beside an unknown area keeps the breakdown
    await page.goto(`${site.origin}/progress?area=ZZZ&dimension=SEX:F`);
    await page.getByText('Summary for Sex: Female').waitFor();
    assert.deepEqual(await page.locator('.dashboard-notice').allInnerTexts(),
      ['There are no progress data for the area “ZZZ”: the dashboard shows the whole country instead.']);
  });

  it('the scope selector counts in the plural form of the number: "1 indicator", "184 indicators"', async () => {
    const scopes = (await (await fetch(`${site.origin}/api/v1/progress/scopes`)).json()) as
      { data: { areas: { name: string; indicators: number }[]; dimensions: { id: string; name: string; codes: { code: string; name: string; indicators: number }[] }[] } };
    const single = scopes.data.dimensions.flatMap((d) => d.codes.filter((c) => c.indicators === 1).map((c) => ({ value: `${d.id}:${c.code}`, text: `${d.name}: ${c.name} (1 indicator)` })))[0]!;
    await page.goto(`${site.origin}/progress`);
    await page.locator('[data-testid="goal-table"]').waitFor();
    assert.equal(await page.locator(`#dashboard-dimension option[value="${single.value}"]`).innerText(), single.text);
    const country = scopes.data.areas[0]!;
    assert.equal(await page.locator('#dashboard-area option[value=""]').innerText(), `${country.name} (${country.indicators} indicators)`);
  });

  it('on a 390 px phone the off-track table stacks the gap figures under the indicator, with no sideways scrolling', async () => {
    const phone = await site.newPage({ width: 390, height: 844 });
    await phone.goto(`${site.origin}/progress`);
    const table = phone.getByTestId('off-track-table');
    await table.locator('tbody tr').first().waitFor();
    const [tableWidth, regionWidth, pageWidth] = await table.evaluate((t) => [t.scrollWidth, t.parentElement!.clientWidth, document.documentElement.scrollWidth]);
    assert.ok(tableWidth <= regionWidth && pageWidth <= 390, `table ${tableWidth} px in ${regionWidth} px, page ${pageWidth} px`);
    assert.equal(await table.locator('thead th').count(), 1);
    const answer = (await (await fetch(`${site.origin}/api/v1/progress/off-track`)).json()) as
      { data: { indicators: { indicator: string; gap: { current: { value: number; year: number } } | null }[] } };
    const first = answer.data.indicators.find((i) => i.gap)!;
    const row = table.locator(`tr[data-indicator="${first.indicator}"]`);
    const terms = await row.locator('dt').allInnerTexts();
    assert.deepEqual(terms, ['Latest value', 'Expected on the path', 'Target', 'Projected at the target year', 'Target met in']);
    const latest = await row.locator('dd').first().innerText();
    assert.match(latest, new RegExp(`\\(${first.gap!.current.year}\\)$`));
    await phone.context().close();
  });

  it('a global rule is shown without its markdown markers: 8.5.2 reads "Global target (3% (see exceptions))"', async () => {
    await page.goto(`${site.origin}/indicators/8.5.2`);
    const line = page.locator('.progress-line__text').first();
    await line.waitFor();
    assert.match(await line.innerText(), /^Global target \(3% \(see exceptions\)\)/);
    assert.ok(!(await page.locator('main').innerText()).includes('*See exceptions*'));
  });

  it('data availability shows 184 of the 235 indicators with data and the breakdowns missing from it', async () => {
    await page.goto(`${site.origin}/availability`);
    await page.getByTestId('availability-summary').waitFor();
    assert.equal(await page.getByTestId('availability-summary').innerText(), '184 of 235 indicators (78%) have published data.');
    assert.equal(await page.locator('[data-testid="availability-goals-table"] tbody tr').count(), 17);
    const tier1 = page.locator('[data-testid="availability-tiers-table"] tbody tr').first();
    assert.deepEqual((await tier1.locator('th, td').allInnerTexts()).map((t) => t.trim()), ['Tier I', '131', '142', '92%']);
    const missing = page.locator('[data-testid="missing-table"] tr[data-indicator="8.5.2"] td');
    assert.equal((await missing.last().innerText()).trim(), 'Disability status');
  });
});
