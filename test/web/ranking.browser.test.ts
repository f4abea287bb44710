import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

interface RankingAnswer {
  data: { cycle: number; cycles: number[]; ranking: { organisation: { id: string; name: string }; rank: number | null; indicatorsLed: number }[] };
}

describe('agency ranking and organisation pages in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let page: Page;
  let api: RankingAnswer['data'];

  before(async () => {
    page = await site.newPage();
    api = ((await (await page.request.get(`${site.origin}/api/v1/scorecard?cycle=2020`)).json()) as RankingAnswer).data;
  });

  it('the banner link "Agency ranking" opens /ranking: a ranked table of every lead organisation of this year\'s cycle', async () => {
    await page.goto(site.origin);
    await page.getByRole('link', { name: 'Agency ranking' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agency ranking' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/ranking');
    assert.equal(await page.title(), 'Agency ranking — SDG Tracker');
    const table = page.getByRole('table', { name: /Ranking of the \d{4} cycle: \d+ organisations ranked/ });
    await table.waitFor();
    const ranks = await table.locator('tbody tr td:first-child').allInnerTexts();
    assert.equal(ranks[0], '1');
    // Ranks never go down the table, and the page explains the composite in one paragraph with its weights.
    const numbers = ranks.filter((r) => r !== '–').map(Number);
    assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b));
    assert.match(await page.locator('.scorecard__explanation').innerText(), /completeness \(35%.*timeliness \(25%.*quality \(15%.*progress \(25%/s);
    // The bundled data end in 2023, so the current cycle has nothing due yet: the page opens on the latest cycle with data and says so.
    assert.match(await page.locator('.scorecard__note').innerText(), /so the \d{4} cycle is shown: the latest with reported data/);
    assert.notEqual(await page.getByLabel('Reporting cycle').inputValue(), String(new Date().getFullYear()));
  });

  it('choosing the 2020 cycle shows that cycle\'s ranking, as the API answers it', async () => {
    await page.getByLabel('Reporting cycle').selectOption('2020');
    const table = page.getByRole('table', { name: /Ranking of the 2020 cycle/ });
    await table.waitFor();
    assert.equal(new URL(page.url()).searchParams.get('cycle'), '2020');
    const names = await table.locator('tbody tr th').allInnerTexts();
    assert.deepEqual(names, api.ranking.map((e) => e.organisation.name));
    assert.ok(api.ranking.length > 10, `${api.ranking.length} organisations ranked`);
    const first = table.locator('tbody tr').first();
    assert.match(await first.innerText(), new RegExp(`^1\\s+${api.ranking[0]!.organisation.name}`));
  });

  it('an organisation link opens its card: rank, components, rank history as chart and table, led indicators', async () => {
    const top = api.ranking[0]!;
    await page.getByRole('link', { name: top.organisation.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: top.organisation.name }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/organisations/${top.organisation.id}`);
    assert.match(await page.locator('.scorecard__summary').innerText(), new RegExp(`Rank 1 of ${api.ranking.filter((e) => e.rank !== null).length} in the 2020 cycle`));
    await page.locator('.scorecard-history svg').waitFor();
    const cycles = await page.locator('.scorecard-history tbody th').allInnerTexts();
    assert.deepEqual(cycles, api.cycles.map(String));
    const current = page.locator('.scorecard-history tr[aria-current="true"]');
    assert.match(await current.innerText(), /^2020\s+1\s/);
    const indicators = page.getByRole('region', { name: 'Indicators it leads' }).locator('tbody tr');
    assert.equal(await indicators.count(), top.indicatorsLed);
  });

  it('/organisations/NOPE is the not-found page', async () => {
    await page.goto(`${site.origin}/organisations/NOPE`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });
});
