import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

interface GapListAnswer {
  data: { largest: { indicator: { code: string }; series: string }[]; widening: { indicator: { code: string }; series: string }[] };
}

/** `code series` of each row of a list table on the page. */
async function rowsOf(page: Page, testId: string): Promise<string[]> {
  const rows = page.locator(`[data-testid="${testId}"] tbody tr`);
  const n = await rows.count();
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) out.push(`${await rows.nth(i).getAttribute('data-indicator')} ${await rows.nth(i).getAttribute('data-series')}`);
  return out;
}

describe('"Leave no one behind" pages in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let page: Page;
  const api = async (query: string): Promise<GapListAnswer['data']> =>
    ((await (await page.request.get(`${site.origin}/api/v1/gaps?limit=25${query}`)).json()) as GapListAnswer).data;
  const codes = (list: GapListAnswer['data']['largest']) => list.map((g) => `${g.indicator.code} ${g.series}`);

  before(async () => {
    page = await site.newPage();
  });

  it('the banner link "Leave no one behind" opens /gaps, whose largest and widening gaps are the API\'s, in its order', async () => {
    await page.goto(site.origin);
    await page.getByRole('link', { name: 'Leave no one behind' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leave no one behind' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/gaps');
    await page.locator('[data-testid="gaps-largest"]').waitFor();
    const expected = await api('');
    assert.ok(expected.largest.length >= 10 && expected.widening.length >= 5, `${expected.largest.length} largest, ${expected.widening.length} widening`);
    assert.deepEqual(await rowsOf(page, 'gaps-largest'), codes(expected.largest));
    assert.deepEqual(await rowsOf(page, 'gaps-widening'), codes(expected.widening));
  });

  it('choosing the breakdown "Sex" keeps female vs male gaps only, as /gaps?dimension=SEX answers, with 8.5.2 unemployment widening', async () => {
    await page.getByLabel('Breakdown').selectOption('SEX');
    await page.waitForURL(/dimension=SEX/);
    const expected = await api('&dimension=SEX');
    await page.waitForFunction((first) => document.querySelector('[data-testid="gaps-largest"] tbody tr')?.getAttribute('data-series') === first, expected.largest[0]!.series);
    assert.deepEqual(await rowsOf(page, 'gaps-largest'), codes(expected.largest));
    assert.deepEqual(await rowsOf(page, 'gaps-widening'), codes(expected.widening));
    assert.ok((await rowsOf(page, 'gaps-widening')).includes('8.5.2 SL_TLF_UEM'));
    const groups = await page.locator('[data-testid="gaps-largest"] tbody tr td:nth-child(2)').allInnerTexts();
    assert.ok(groups.every((g) => g.startsWith('Sex: Female vs Male')), groups.join(' | '));
  });

  it('the indicator page 8.5.2 shows its Groups section: women 6.68 % vs men 3.32 % in 2017, gap 3.36, parity 2.01, widening', async () => {
    await page.goto(`${site.origin}/indicators/8.5.2`);
    const section = page.getByTestId('indicator-gaps');
    await section.getByRole('heading', { level: 2, name: 'Groups' }).waitFor();
    const sex = section.locator('[data-dimension="SEX"]');
    await sex.getByLabel('Groups compared').selectOption({ label: 'Female vs Male (15 years old and over)' });
    assert.match(await sex.locator('.gaps__summary').innerText(), /In 2017: gap 3\.36, parity ratio 2\.01\.\s+The gap is widening\. \(Trend fitted over 9 years\.\)/);
    const first = await sex.locator('tbody tr').first().locator('th, td').allInnerTexts();
    assert.deepEqual(first, ['2017', '6.68', '3.32', '3.36', '2.01']);
    assert.equal(await sex.locator('tbody tr').count(), 9);
    await sex.locator('.gaps__chart svg').waitFor();
  });

  it('in Bengali the page and the section read in Bengali with Bengali digits', async () => {
    await page.goto(`${site.origin}/gaps?lang=bn`);
    await page.getByRole('heading', { level: 1, name: 'কাউকে পেছনে ফেলে নয়' }).waitFor();
    await page.goto(`${site.origin}/indicators/8.5.2?lang=bn`);
    const sex = page.getByTestId('indicator-gaps').locator('[data-dimension="SEX"]');
    await sex.getByRole('heading', { level: 3, name: 'লিঙ্গ' }).waitFor();
    await sex.getByLabel('তুলনাকৃত গোষ্ঠী').selectOption({ index: 0 });
    const summary = await sex.locator('.gaps__summary').innerText();
    assert.match(summary, /^নারী বনাম পুরুষ/);
    assert.match(summary, /২০১৭ সালে/); // the latest common year, 2017, in Bengali digits
  });
});
