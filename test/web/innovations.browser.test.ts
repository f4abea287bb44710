import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { loadInnovationSeed } from '../../src/ingest/innovations/index.ts';
import { getInnovationCase, saveInnovationCase } from '../../src/store/index.ts';
import { axeViolations } from '../support/axe.ts';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

const LAND = 'bgd-tcv-land-record-transaction-mutation-manual-vs-digitised';

/**
 * The innovation catalogue and case pages over the bundled Bangladesh data plus the innovation seed (which
 * `sdg-tracker init` loads as its own step after the country). The seed gives both land cases target 1.4
 * (datasets/innovations/case-targets.csv; 1.4.1 basic services has data; 1.4.2 is secure land tenure); the suite keeps
 * only 1.4 on the land-records case and adds two dated stages, a test fixture.
 */
describe('innovation pages in Chromium', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let page: Page;

  before(async () => {
    const store = site.server.app.store;
    await loadInnovationSeed(store);
    const land = (await getInnovationCase(store.db, LAND, { contacts: 'all' }))!;
    await saveInnovationCase(store.db, {
      ...land, targets: ['1.4'], stage: 'national',
      stageHistory: [{ stage: 'pilot', date: '2016-01-01', note: null }, { stage: 'national', date: '2019-07-01', note: null }],
    }, new Date().toISOString());
    page = await site.newPage();
  });

  it('/innovations lists the 30 cases; searching "land" keeps q in the address and lists the two land cases', async () => {
    await page.goto(`${site.origin}/innovations`);
    await page.getByRole('heading', { level: 1, name: 'Public service innovations' }).waitFor();
    await page.getByText('Innovations found: 30').waitFor();
    await page.getByRole('searchbox', { name: 'Search the innovations' }).fill('land');
    await page.getByRole('search', { name: 'Search the innovations' }).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=land/);
    await page.getByText('Innovations found: 2').waitFor();
    const titles = await page.locator('.innov-card__title').allInnerTexts();
    assert.deepEqual(titles, ['e-Mutation (land ownership mutation)', 'Land record transaction / mutation (manual vs digitised)']);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('a filter goes into the address: stage "National" keeps the land-records case only', async () => {
    await page.getByLabel('Stage').selectOption('national');
    await page.waitForURL(/stage=national/);
    await page.getByText('Innovations found: 1').waitFor();
    assert.deepEqual(await page.locator('.innov-card__title').allInnerTexts(), ['Land record transaction / mutation (manual vs digitised)']);
  });

  it('the case page shows the TCV chart and its table: cost 1045 → 80 BDT, reduction 92.3 %, each figure marked independent', async () => {
    await page.getByRole('link', { name: 'Land record transaction / mutation (manual vs digitised)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Land record transaction / mutation (manual vs digitised)' }).waitFor();
    const tcv = page.getByTestId('tcv');
    await tcv.getByRole('heading', { level: 2, name: 'Time, cost and visits before and after' }).waitFor();
    await tcv.locator('[role="img"] svg').waitFor();
    assert.equal(await tcv.locator('[role="img"]').getAttribute('aria-label'), 'Time, cost and visits after the innovation as a share of before');
    const cost = await tcv.locator('tr[data-measure="land-records-cost"]').locator('th, td').allInnerTexts();
    // (1045 − 80) / 1045 × 100 = 965 / 1045 × 100 = 92.34… → 92.3 %
    assert.deepEqual(cost.map((c) => c.replace(/\s+/g, ' ').trim()), ['Cost · per transaction', '1045 BDT Independent', '80 BDT Independent', '92.3 % Independent published: 92.3']);
    // 30-45 days → 15: (30 − 15) / 30 = 50 % at the narrowest gap, (45 − 15) / 45 = 66.7 % at the widest
    assert.match(await tcv.locator('tr[data-measure="land-records-time"]').innerText(), /30-45 days[\s\S]*15 days[\s\S]*50 % – 66\.7 %/);
  });

  it('the case page marks its stages on the charts of the indicators of target 1.4, with the values as a table', async () => {
    const section = page.getByTestId('target-indicators');
    await section.getByRole('heading', { level: 2, name: 'The indicators of its targets' }).waitFor();
    const indicator = section.locator('[data-indicator="1.4.1"]');
    await indicator.locator('[role="img"] svg').waitFor();
    assert.match(await indicator.locator('.innov-marks').innerText(), /Pilot 2016-01-01 · National 2019-07-01/);
    assert.ok((await indicator.locator('tbody tr').count()) >= 5);
    const timeline = await page.locator('.innov-timeline li').allInnerTexts();
    assert.deepEqual(timeline.map((t) => t.replace(/\s+/g, ' ').trim()), ['2016-01-01 Pilot', '2019-07-01 National']);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('the indicator page 1.4.1 lists the case under "Innovations serving this indicator"', async () => {
    await page.goto(`${site.origin}/indicators/1.4.1`);
    const section = page.getByTestId('indicator-innovations');
    await section.getByRole('heading', { level: 2, name: 'Innovations serving this indicator' }).waitFor();
    assert.deepEqual(await section.getByRole('link').allInnerTexts(), ['e-Mutation (land ownership mutation)', 'Land record transaction / mutation (manual vs digitised)']);
  });

  it('in Bengali the case page writes the reduction in Bengali digits; in Arabic it reads right to left; at 390 px nothing scrolls sideways', async () => {
    await page.goto(`${site.origin}/innovations/${LAND}?lang=bn`);
    const row = page.getByTestId('tcv').locator('tr[data-measure="land-records-cost"]');
    await row.waitFor();
    assert.match(await row.innerText(), /১০৪৫ BDT[\s\S]*৯২\.৩ %/);
    await page.goto(`${site.origin}/innovations?lang=ar`);
    await page.locator('.innov-card').first().waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    const phone = await site.newPage({ width: 390, height: 844 });
    for (const path of ['/innovations', `/innovations/${LAND}`]) {
      await phone.goto(`${site.origin}${path}`);
      await phone.locator('.innov-page h1').waitFor();
      await phone.waitForTimeout(300);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, path);
    }
  });
});
