import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { upsertProgressTargets } from '../../src/store/index.ts';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

describe('progress against targets on indicator pages, in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let page: Page;

  before(async () => {
    page = await site.newPage();
  });

  /** The values of the table row headed `period`, as shown. */
  async function rowValues(period: string): Promise<string[]> {
    const row = page.locator('.indicator-data table.data-table tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${period.replace(/[()]/g, '\\$&')}$`) }) });
    return (await row.locator('td').allInnerTexts()).map((v) => v.trim());
  }

  async function chartSvg(): Promise<string> {
    return page.locator('.indicator-chart svg').innerHTML();
  }

  async function compareRow(method: string): Promise<string[]> {
    const row = page.locator('.progress-panel__compare tbody tr').filter({ has: page.locator('th', { hasText: method }) });
    return (await row.locator('td').allInnerTexts()).map((v) => v.replace(/\s+/g, ' ').trim());
  }

  it('3.2.1: the chart draws the global target, the baseline and both projections, and the status line gives the class and the met year', async () => {
    await page.goto(`${site.origin}/indicators/3.2.1`);
    const status = page.locator('.progress-line');
    await status.waitFor();
    // Open SDG, base 2015 38 → 2021 27.3 against 25 by 2030: score 5 but not yet met → substantial progress.
    // CAGR (27.3 / 38)^(1/6) − 1 = −5.36 % a year reaches 25 at 2021 + ln(25 / 27.3) / ln(0.9464) = 2022.6 → 2023.
    assert.equal(await status.getAttribute('data-progress-status'), 'substantial_progress');
    assert.match(await status.innerText(), /Progress \(Open SDG\):\s*Substantial progress\s*Global target \(≤ 25 per 1,000\): 25 by 2030 · met in 2023 at the current pace/);
    await page.locator('.indicator-chart[aria-label*="Global target"] svg').waitFor();
    assert.match((await page.locator('.indicator-chart').getAttribute('aria-label'))!, /27\.3 in 2021\. Global target \(≤ 25 per 1,000\): 25 by 2030; met in 2023 at the current pace\.$/);
    const svg = await chartSvg();
    for (const name of ['Global target (≤ 25 per 1,000)', 'Baseline', 'Projection (CAGR)', 'Projection (linear trend)', '25 (2030)']) {
      assert.ok(svg.includes(name.replace('≤', '&lt;').replace('&lt;', '≤')) || svg.includes(name), `chart shows ${name}`);
    }
    assert.ok(svg.includes('>2030<'), 'the period axis runs to the target year');
    assert.ok((await page.locator('.indicator-chart svg path[stroke-dasharray]').count()) >= 2, 'dashed target and projection lines');
  });

  it('3.2.1: the table carries the target, the baseline and the projected rows, marked as projected', async () => {
    await page.getByRole('tab', { name: 'Table' }).click();
    const headers = (await page.locator('.indicator-data table.data-table thead th').allInnerTexts()).map((h) => h.replace(/\s+/g, ' ').trim());
    assert.deepEqual(headers, ['Time period', 'Both sexes', 'Global target (≤ 25 per 1,000)', 'Baseline', 'Projection (CAGR)', 'Projection (linear trend)']);
    assert.deepEqual(await rowValues('2015'), ['38', '–', '38', '–', '–']);
    // 2030: CAGR 27.3 × 0.9464^9 = 16.62; least squares through 2015–2021, slope −50.2 / 28 = −1.793: 32.4 − 12 × 1.793 = 10.89
    assert.deepEqual(await rowValues('2030 (projected)'), ['–', '25', '–', '16.62', '10.89']);
    assert.deepEqual(await rowValues('2021'), ['27.3', '–', '–', '–', '–']);
  });

  it('3.2.1: switching a projection off takes it out of the chart and the table', async () => {
    await page.getByRole('tab', { name: 'Chart' }).click();
    await page.getByRole('checkbox', { name: 'Projection (linear trend)' }).uncheck();
    await page.waitForFunction(() => !document.querySelector('.indicator-chart svg')?.innerHTML.includes('Projection (linear trend)'));
    assert.ok((await chartSvg()).includes('Projection (CAGR)'));
    await page.getByRole('tab', { name: 'Table' }).click();
    assert.deepEqual(await rowValues('2030 (projected)'), ['–', '25', '–', '16.62']);
    await page.getByRole('tab', { name: 'Chart' }).click();
    await page.getByRole('checkbox', { name: 'Projection (linear trend)' }).check();
  });

  it('3.2.1: the progress panel gives the status by the national method, its figures and target, and compares every method', async () => {
    const panel = page.getByRole('region', { name: 'Progress towards the target' });
    await panel.waitFor();
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /Substantial progress by the Open SDG method, the national choice/);
    // ratio of observed to required growth: 5.36 % a year observed against (25 / 38)^(1/15) − 1 = −2.75 % needed → 1.95
    assert.match(text, /score 5 \(from -5 to 5\); observed ÷ required growth 1\.95/);
    assert.match(text, /No national target is set; the global 2030 target is applied from the base-year value\./);
    assert.equal(await page.locator('.progress-panel__compare tbody tr').count(), 5);
    const openSdg = await compareRow('Open SDG');
    assert.match(openSdg[0]!, /^Substantial progress score 5 /);
    // the indicator as a whole: the mean score of its assessed series, classed on Open SDG's scale
    assert.match(openSdg[1]!, /^(Target achieved|Substantial progress|Moderate progress|Limited progress|Deterioration) score -?[0-9.]+ \(from -5 to 5\)$/);
    assert.match((await compareRow('UNSD Progress Chart'))[0]!, /^On track observed ÷ required growth 1\.95; growth -5\.36% a year$/);
    assert.match((await compareRow('ESCAP Current Status Index'))[0]!, /On the expected path Current Status Index 0\.82/);
  });

  it('3.2.1 for girls: the female line is assessed in its own scope and meets the target a year earlier', async () => {
    await page.getByLabel('Sex', { exact: true }).selectOption('F');
    // girls: (25.2 / 35.3)^(1/6) − 1 = −5.62 % a year; 2022: 25.2 × 0.9438 = 23.8 ≤ 25 → met in 2022
    await page.locator('.progress-line', { hasText: 'met in 2022' }).waitFor();
    assert.match(await page.locator('.progress-line').innerText(), /Substantial progress/);
  });

  it('1.1.1: working poverty falls too slowly for the 0 % target, and a compound rate never reaches 0', async () => {
    await page.goto(`${site.origin}/indicators/1.1.1`);
    const status = page.locator('.progress-line');
    await status.waitFor();
    assert.equal(await status.getAttribute('data-progress-status'), 'limited_progress');
    assert.match(await status.innerText(), /Global target \(0%\): 0 by 2030 · not met by 2100 at the current pace/);
    const panel = (await page.getByRole('region', { name: 'Progress towards the target' }).innerText()).replace(/\s+/g, ' ');
    // least squares 2015–2022: x̄ 2018.5, ȳ 7.495, slope −60.89 / 42 = −1.4498 → 0 at 2018.5 + 5.17 = 2023.7 → 2024
    assert.match(panel, /Projection \(linear trend\) met in 2024 at the current pace/);
    assert.match(panel, /Latest value 2\.74 in 2022/);
  });

  it('1.1.1, international poverty series: one value since 2015, so no method assesses it and each says why in words', async () => {
    await page.goto(`${site.origin}/indicators/1.1.1?series=SI_POV_DAY1`);
    await page.locator('.progress-line[data-progress-status="not_available"]').waitFor();
    const reason = 'There is only one value since the base year; a trend needs at least two.';
    for (const method of ['Open SDG', 'UNSD Progress Chart', 'Eurostat', 'ESCAP Current Status Index', 'ESCAP Anticipated Progress']) {
      assert.equal((await compareRow(method))[0], `Not assessed ${reason}`, method);
    }
  });

  it('3.2.1, infant mortality: no global target of its own, so the way to go alone: 31 → 22.9 (2015–2021) is substantial progress', async () => {
    // The series rule "Decrease" (the ≤ 25 of 3.2.1 is for under-five mortality): CAGR (22.9/31)^(1/6) − 1 = −4.92 % a year,
    // signed by the direction +4.92 % ≥ 1.5 % → substantial progress (Open SDG, without a target).
    await page.goto(`${site.origin}/indicators/3.2.1?series=SH_DYN_IMRT`);
    const status = page.locator('.progress-line[data-progress-status="substantial_progress"]');
    await status.waitFor();
    assert.match(await status.innerText(), /Substantial progress/);
    assert.doesNotMatch(await status.innerText(), /≤ 25/);
  });

  it('15.1.2, terrestrial key biodiversity areas protected: flat at 41.5 % since 2015 against 100 %, so the pace never meets it', async () => {
    // 41.47 in 2015 and in 2022: growth 0 a year does not move toward 100 (the projection's "moving away", flat included)
    await page.goto(`${site.origin}/indicators/15.1.2?series=ER_PTD_TERR`);
    const status = page.locator('.progress-line');
    await status.waitFor();
    assert.match(await status.innerText(), /Global target \(100%\): 100 by 2030 · not met at the current pace: moving away from the target/);
  });

  it('7.1.1 with a national target: the chart and table name it and mark its 2020 and 2025 milestones', async () => {
    const db = site.server.app.store.db;
    await db.transaction().execute((trx) => upsertProgressTargets(trx, [{
      indicatorId: '7.1.1', series: 'EG_ACS_ELEC', dimensions: {}, source: 'national', direction: 'increase',
      baseline: { year: 2015, value: 74 }, milestones: { 2020: 88, 2025: 96 }, target: { year: 2030, value: 100 },
      updatedAt: '2026-11-01T00:00:00Z', updatedBy: null,
    }]));
    await page.goto(`${site.origin}/indicators/7.1.1`);
    const status = page.locator('.progress-line');
    await status.waitFor();
    // 74 in 2015 → 99 in 2021: (99 / 74)^(1/6) − 1 = 4.97 % a year; 2022: 99 × 1.0497 = 103.9 ≥ 100 → met in 2022
    assert.match(await status.innerText(), /National target: 100 by 2030 · met in 2022 at the current pace/);
    await page.locator('.indicator-chart[aria-label*="National target"] svg').waitFor();
    const svg = await chartSvg();
    for (const name of ['National target', 'Milestone', 'Baseline']) assert.ok(svg.includes(name), name);
    await page.getByRole('tab', { name: 'Table' }).click();
    const headers = (await page.locator('.indicator-data table.data-table thead th').allInnerTexts()).map((h) => h.trim());
    const milestone = headers.indexOf('Milestone') - 1;
    assert.ok(milestone > 0);
    assert.equal((await rowValues('2020'))[milestone], '88');
    assert.equal((await rowValues('2025 (projected)'))[milestone], '96');
    const panel = (await page.getByRole('region', { name: 'Progress towards the target' }).innerText()).replace(/\s+/g, ' ');
    assert.match(panel, /Milestones 88 in 2020; 96 in 2025/);
    assert.doesNotMatch(panel, /No national target is set/);
  });

  it('on a 390 px phone the page does not scroll sideways and the chart legend names every line', async () => {
    const phone = await site.newPage({ width: 390, height: 844 });
    await phone.goto(`${site.origin}/indicators/3.2.1`);
    await phone.locator('.indicator-chart[aria-label*="Global target"] svg').waitFor();
    await phone.waitForTimeout(400);
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scroll');
    const svg = await phone.locator('.indicator-chart svg').innerHTML();
    for (const name of ['Both sexes', 'Baseline', 'Projection (CAGR)', 'Projection (linear trend)']) assert.ok(svg.includes(name), name);
    assert.ok(await phone.locator('.progress-line .class-badge').isVisible());
    await phone.context().close();
  });
});
