import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

describe('interlinkages in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  const api = async (path: string): Promise<any> => (await (await fetch(`${site.origin}/api/v1${path}`)).json()).data;

  it('/interlinkages states that correlation is not causation, counts the pairs as the API does, and tables the goal matrix', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/interlinkages`);
    await page.locator('h1', { hasText: 'What moves together' }).waitFor();
    assert.match(await page.getByRole('note').first().innerText(), /^Correlation is not causation\./);
    const { counts, cells } = await api('/interlinkages/matrix');
    // The bundled data: 165 indicators with a directed national series, 3,722 pairs sharing 5 or more years.
    assert.equal(counts.indicators, 165);
    assert.equal(counts.pairs, counts.synergy + counts.trade_off + counts.unclassified);
    const fmt = (n: number) => n.toLocaleString('en');
    assert.equal(
      (await page.getByTestId('links-counts').innerText()).split('.')[0],
      `${fmt(counts.pairs)} pairs of ${fmt(counts.indicators)} indicators: ${fmt(counts.synergy)} synergies, ${fmt(counts.trade_off)} trade-offs, ${fmt(counts.unclassified)} unclassified`,
    );
    // The first table row is the goal pair with the most indicator pairs, its shares in whole percent.
    const top = [...cells].sort((a: any, b: any) => b.pairs - a.pairs)[0];
    const first = (await page.getByTestId('links-matrix-table').locator('tbody tr').first().locator('td').allInnerTexts()).map((s) => s.trim());
    assert.deepEqual(first, [`${top.goalA} – ${top.goalB}`, String(top.pairs),
      ...['synergy', 'trade_off', 'unclassified'].map((k) => `${Math.round(top.shares[k] * 100)}%`)]);
    await page.locator('.links__matrix svg').waitFor();
  });

  it('choosing goal 3 draws its network and lists its synergies and trade-offs, strongest first, beside it', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/interlinkages`);
    await page.getByLabel('Goal', { exact: true }).selectOption('3');
    await page.getByTestId('links-pairs-table').waitFor();
    assert.match(page.url(), /[?&]goal=3\b/);
    await page.locator('.links__network svg').waitFor();
    const { pairs } = await api('/interlinkages?goal=3&limit=400');
    const classified = pairs.filter((p: any) => p.class !== 'unclassified');
    const rows = page.getByTestId('links-pairs-table').locator('tbody tr');
    assert.equal(await rows.count(), Math.min(60, classified.length));
    assert.equal(await rows.first().getAttribute('data-pair'), `${classified[0].a.code}~${classified[0].b.code}`);
  });

  it('the 3.2.1 page shows what moves with under-five mortality, and a partner\'s button shows its scatter and yearly table', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/indicators/3.2.1`);
    const section = page.getByTestId('indicator-links');
    await section.waitFor();
    assert.match(await section.locator('h2').innerText(), /^Moves with$/);
    assert.match(await section.getByRole('note').innerText(), /Correlation is not causation/);
    const { partners } = await api('/indicators/3.2.1/interlinkages?limit=6');
    assert.deepEqual(await section.locator('[data-partner]').evaluateAll((els) => els.map((e) => e.getAttribute('data-partner'))),
      partners.map((p: any) => p.partner.code));
    const second = partners[1];
    await section.locator(`[data-partner="${second.partner.code}"] button`).click();
    const table = section.getByTestId('links-scatter').locator('table');
    await table.locator('th', { hasText: second.partner.code }).waitFor();
    assert.equal(await table.locator('tbody tr').count(), second.points.length);
    const [year, value, partnerValue] = (await table.locator('tbody tr').first().locator('td').allInnerTexts()).map((s) => s.trim());
    assert.equal(year, String(second.points[0].year));
    assert.equal(Number(value), Math.round(second.points[0].value * 100) / 100);
    assert.ok(Number.isFinite(Number(partnerValue)));
    await section.locator('.links__scatter svg').waitFor();
  });

  it('speaks Bengali with ?lang=bn', async () => {
    const page = await site.newPage({ width: 390, height: 900 });
    await page.goto(`${site.origin}/interlinkages?lang=bn`);
    await page.locator('h1', { hasText: 'যা একসাথে চলে' }).waitFor();
    assert.match(await page.getByRole('note').first().innerText(), /সহসম্বন্ধ মানেই কার্যকারণ নয়/);
  });
});
