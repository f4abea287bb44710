import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

/** Where screenshots go when SHOT_DIR is set (for reviewing the page by eye); none otherwise. */
const SHOT_DIR = process.env.SHOT_DIR;

/**
 * A page of another site (`http://localhost:<port>`, while the tracker is `http://127.0.0.1:<port>`) whose body is
 * `html`: the host that embeds the chart.
 */
async function hostSite(html: () => string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('the embeddable chart in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let host: Awaited<ReturnType<typeof hostSite>>;
  let frameSrc = '';
  before(async () => {
    host = await hostSite(() => `<!doctype html><html lang="en"><head><title>A newspaper</title></head><body>
      <h1>Child mortality falls</h1><iframe id="chart" src="${frameSrc}" title="Under-five mortality" width="720" height="600" style="border:1px solid #ccc"></iframe>
      </body></html>`);
  });
  after(async () => { await host?.close(); });

  it('GET /embed/indicator/3.2.1 may be framed by any site; the indicator page only by the tracker itself', async () => {
    const embed = await fetch(`${site.origin}/embed/indicator/3.2.1?SEX=F`);
    assert.equal(embed.status, 200);
    assert.equal(embed.headers.get('content-security-policy'), 'frame-ancestors *');
    assert.equal(embed.headers.get('x-frame-options'), null);
    const page = await fetch(`${site.origin}/indicators/3.2.1`);
    assert.equal(page.headers.get('content-security-policy'), "frame-ancestors 'self'");
    assert.equal(page.headers.get('x-frame-options'), 'SAMEORIGIN');
  });

  it('a page of another site embeds the chart of 3.2.1 for girls: title, drawn lines, source, data table and a link to the full page', async () => {
    frameSrc = `${site.origin}/embed/indicator/3.2.1?series=SH_DYN_MORT&SEX=F`;
    const page = await site.newPage({ width: 800, height: 700 });
    await page.goto(host.origin);
    const frame = page.frameLocator('#chart');
    await frame.locator('.indicator-chart svg path').nth(5).waitFor({ state: 'attached', timeout: 30_000 });
    const title = await frame.getByRole('heading', { level: 1 }).innerText();
    assert.match(title, /Indicator 3\.2\.1/);
    assert.match(title, /mortality/i);
    const drawn = await frame.locator('.indicator-chart svg path').count();
    assert.ok(drawn > 3, `${drawn} paths drawn`);
    assert.match(await frame.locator('.embed__footer').innerText(), /^Source: /);
    const link = frame.getByRole('link', { name: /Full indicator on SDG Tracker/ });
    assert.equal(await link.getAttribute('href'), `${site.origin}/indicators/3.2.1?series=SH_DYN_MORT&SEX=F`);
    assert.equal(await link.getAttribute('target'), '_blank');
    // the data table holds one row per year of the female series, as the API answers it
    const api = await (await fetch(`${site.origin}/api/v1/indicators/3.2.1/observations?series=SH_DYN_MORT&SEX=F&AGE=Y0T4&limit=1000`)).json() as { data: { timePeriod: string; area: string }[] };
    const years = new Set(api.data.filter((o) => o.area === '050').map((o) => o.timePeriod));
    await frame.getByText('Data table').click();
    const rows = await frame.locator('.embed__table tbody tr').count();
    assert.equal(rows, years.size);
    if (SHOT_DIR) {
      mkdirSync(SHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SHOT_DIR, 'embed-host.png'), fullPage: true });
    }
    await page.context().close();
  });

  it('the same host page cannot frame the full indicator page: Chromium refuses it', async () => {
    frameSrc = `${site.origin}/indicators/3.2.1`;
    const page = await site.newPage({ width: 800, height: 700 });
    const refused = page.waitForEvent('console', { predicate: (m) => /frame-ancestors|Refused to frame/.test(m.text()), timeout: 15_000 }).then(() => true, () => false);
    await page.goto(host.origin);
    assert.equal(await refused, true);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    assert.notEqual(framed?.url(), frameSrc, 'the framed document is an error page, not the indicator page');
    assert.equal(await page.frameLocator('#chart').locator('.indicator-header').count(), 0);
    await page.context().close();
  });

  it('the indicator page offers "Embed this chart" with the iframe of the shown selection, in Bengali too', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/indicators/3.2.1?SEX=F`);
    await page.getByText('Embed this chart').click();
    const snippet = await page.getByLabel('Code to embed').inputValue();
    if (SHOT_DIR) await page.locator('.downloads').screenshot({ path: join(SHOT_DIR, 'embed-snippet.png') });
    assert.match(snippet, new RegExp(`^<iframe src="${site.origin.replaceAll('.', '\\.')}/embed/indicator/3\\.2\\.1\\?series=SH_DYN_MORT&amp;[^"]*SEX=F`));
    assert.match(snippet, /title="[^"]+" width="100%" height="560" style="border:0" loading="lazy"><\/iframe>$/);
    await page.goto(`${site.origin}/embed/indicator/3.2.1?lang=bn`);
    await page.locator('.indicator-chart svg path').nth(5).waitFor({ state: 'attached', timeout: 30_000 });
    assert.equal(await page.locator('html').getAttribute('lang'), 'bn');
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /সূচক ৩\.২\.১/);
    if (SHOT_DIR) await page.screenshot({ path: join(SHOT_DIR, 'embed-bn.png'), fullPage: true });
    // in a phone-wide frame the chart, table and footer fit without sideways scrolling
    await page.setViewportSize({ width: 390, height: 700 });
    await page.waitForTimeout(300);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scrolling at 390 px');
    if (SHOT_DIR) await page.screenshot({ path: join(SHOT_DIR, 'embed-bn-390.png'), fullPage: true });
    await page.context().close();
  });
});
