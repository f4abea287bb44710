import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { signIn, TEST_PASSWORD } from '../support/auth.ts';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

/** The target each series of an indicator is assessed against, as the public progress detail answers it. */
interface SeriesTarget {
  series: string;
  unit: string;
  dimensions: Record<string, string>;
  target: { source: string; target?: { year: number; value: number } } | null;
}

describe('the progress targets page in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let page: Page;
  const progressOf = async (code: string): Promise<SeriesTarget[]> =>
    ((await (await page.request.get(`${site.origin}/api/v1/progress/indicators/${code}`)).json()) as { data: { series: SeriesTarget[] } }).data.series;

  before(async () => {
    await signIn(site.server.app.store.db, 'admin', [], 'targets.admin');
    page = await site.newPage();
    await page.goto(`${site.origin}/sign-in?next=%2Fadmin%2Ftargets`);
    await page.getByLabel('User name').fill('targets.admin');
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress targets' }).waitFor();
  });

  it('finding 3.2.1 by words of its title shows the global rule "≤ 25 per 1,000" and no national target; progress uses the global rule', async () => {
    await page.getByLabel('Find an indicator').fill('under-5 mortality');
    await page.getByLabel('Indicator', { exact: true }).selectOption('3.2.1');
    await page.getByRole('heading', { level: 2, name: 'Targets of indicator 3.2.1' }).waitFor();
    assert.match(await page.locator('.target-global').innerText(), /≤ 25 per 1,000 · Decrease/);
    assert.match(await page.locator('section.panel').first().innerText(), /No national target yet\./);
    const series = await progressOf('3.2.1');
    assert.ok(series.length > 0);
    const sources = series.map((s) => s.target?.source ?? null);
    assert.ok(sources.includes('global') && !sources.includes('national'), `target sources: ${sources.join(', ')}`);
  });

  it('the dialog offers each area once with its level, asks for a unit since 3.2.1 has rates and counts, and lists a refused field once with focus on it', async () => {
    await page.getByRole('button', { name: 'Add target' }).click();
    const dialog = page.getByRole('dialog', { name: 'New target for 3.2.1' });
    const areas = await dialog.getByLabel('Area').locator('option').allInnerTexts();
    assert.deepEqual(areas.filter((a) => a.startsWith('Dhaka')), ['Dhaka (division)', 'Dhaka (district)']);
    assert.equal(new Set(areas).size, areas.length, 'no area twice');
    const unit = dialog.getByLabel('Unit');
    assert.equal(await unit.evaluate((e) => (e as HTMLSelectElement).required), true);
    assert.equal(await unit.locator('option').first().innerText(), 'Choose a unit');
    await unit.selectOption('PER_1000_LIVE_BIRTHS');
    await dialog.getByRole('radio', { name: 'Decrease' }).check();
    await dialog.getByRole('group', { name: 'Baseline' }).getByLabel('Year').fill('2015');
    await dialog.getByRole('group', { name: 'Baseline' }).getByLabel('Value').fill('34');
    await dialog.getByRole('group', { name: 'Target', exact: true }).getByLabel('Year').fill('2010');
    await dialog.getByRole('group', { name: 'Target', exact: true }).getByLabel('Value').fill('20');
    await dialog.getByRole('button', { name: 'Add target' }).click();
    const problems = dialog.getByRole('list', { name: 'Fields to correct' });
    await problems.waitFor();
    // 2010 ≤ 2015: the target year, and the milestones 2020 and 2025 left blank are not sent
    assert.deepEqual(await problems.locator('li').allInnerTexts(), ['Target year: the target year 2010 is not after the baseline year 2015']);
    assert.equal(await dialog.getByText('the target year 2010 is not after the baseline year 2015', { exact: false }).count(), 1, 'shown once');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'target-goal-year');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('an admin sets a national target in the dialog; the table lists it and the public progress detail then says source national', async () => {
    await page.getByRole('button', { name: 'Add target' }).click();
    const dialog = page.getByRole('dialog', { name: 'New target for 3.2.1' });
    await dialog.getByLabel('Unit').selectOption('PER_1000_LIVE_BIRTHS');
    await dialog.getByRole('radio', { name: 'Decrease' }).check();
    await dialog.getByRole('group', { name: 'Baseline' }).getByLabel('Year').fill('2015');
    await dialog.getByRole('group', { name: 'Baseline' }).getByLabel('Value').fill('34');
    await dialog.getByRole('group', { name: 'Milestone 1' }).getByLabel('Value').fill('30');
    await dialog.getByRole('group', { name: 'Milestone 2' }).getByLabel('Value').fill('27');
    await dialog.getByRole('group', { name: 'Target', exact: true }).getByLabel('Value').fill('20');
    await dialog.getByRole('button', { name: 'Add target' }).click();
    await page.getByRole('status').filter({ hasText: 'Target added.' }).waitFor();
    // The table reloads after the message: wait for the new row before reading it.
    const row = page.locator('table tbody tr').filter({ hasText: '20 (2030)' }).first();
    await row.waitFor();
    const cells = await row.locator('th, td').allInnerTexts();
    assert.deepEqual(cells.slice(1, 5).map((c) => c.trim()), ['Decrease', '34 (2015)', '30 (2020), 27 (2025)', '20 (2030)']);
    assert.match(cells[0]!, /per 1,000 live births/i);

    // the rates (per 1,000 live births) take the national target; the death counts keep theirs
    const series = await progressOf('3.2.1');
    const rates = series.filter((s) => s.unit === 'PER_1000_LIVE_BIRTHS');
    assert.ok(rates.length > 0);
    assert.deepEqual([...new Set(rates.map((s) => s.target?.source))], ['national']);
    assert.deepEqual(rates[0]!.target!.target, { year: 2030, value: 20 });
    assert.ok(series.filter((s) => s.unit === 'NUMBER').every((s) => s.target?.source !== 'national'));
  });

  it('a target file with a target year before its baseline is refused with its line and column, and nothing is written', async () => {
    await page.getByLabel('Target file (CSV)').setInputFiles({
      name: 'targets.csv', mimeType: 'text/csv',
      buffer: Buffer.from('indicator,direction,baseline_year,baseline_value,target_year,target_value\n3.1.1,decrease,2016,176,2030,70\n3.1.2,increase,2019,59,2015,100\n'),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const report = page.locator('.import-report--problems');
    await report.waitFor();
    assert.match(await report.locator('.import-report__summary').innerText(), /targets\.csv cannot be imported\. Problems found: 1\./);
    assert.deepEqual((await report.locator('tbody tr').first().locator('td').allInnerTexts()).map((c) => c.trim()),
      ['3', 'target_year', 'the target year 2015 is not after the baseline year 2019']);
    const answer = await (await page.request.get(`${site.origin}/api/v1/indicators/3.1.1/targets`)).json() as { data: { national: unknown[] } };
    assert.deepEqual(answer.data.national, []);
  });

  it('a good target file is previewed row by row, then written once confirmed', async () => {
    await page.getByLabel('Target file (CSV)').setInputFiles({
      name: 'targets.csv', mimeType: 'text/csv',
      buffer: Buffer.from('indicator,unit,direction,baseline_year,baseline_value,target_year,target_value\n'
        + '3.1.1,,decrease,2016,176,2030,70\n3.2.1,PER_1000_LIVE_BIRTHS,decrease,2015,34,2030,20\n'),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const preview = page.locator('.import-report');
    await preview.waitFor();
    assert.match(await preview.locator('.import-report__summary').innerText(), /no problems\. Nothing has been written yet/);
    // line 3 gives 3.2.1 a target without milestones: the stored one has two, so it changes
    assert.deepEqual(await preview.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action'))), ['add', 'change']);
    assert.deepEqual((await (await page.request.get(`${site.origin}/api/v1/indicators/3.1.1/targets`)).json()).data.national, []);

    await page.getByRole('button', { name: 'Import (2 targets to write)' }).click();
    await page.locator('.import-report__summary').filter({ hasText: 'targets.csv imported.' }).waitFor();
    const answer = await (await page.request.get(`${site.origin}/api/v1/indicators/3.1.1/targets`)).json() as { data: { national: { target: unknown }[] } };
    assert.deepEqual(answer.data.national.map((t) => t.target), [{ year: 2030, value: 70 }]);
  });

  it('the progress settings save the default method and base year, and the public settings answer them', async () => {
    await page.getByRole('radio', { name: /UN Progress Chart/ }).check();
    await page.getByRole('spinbutton', { name: 'Base year' }).fill('2016');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Progress settings saved.' }).waitFor();
    const settings = await (await page.request.get(`${site.origin}/api/v1/progress/settings`)).json();
    assert.deepEqual(settings.data, { method: 'unsd', baseYear: 2016, escapThresholds: { maintain: 1, reverse: 0 } });
  });
});
