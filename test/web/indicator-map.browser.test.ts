import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { insertObservations, upsertSource } from '../../src/store/index.ts';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';
import { observation, year } from '../support/builders.ts';

/** Internet use of people aged 15 and over (17.8.1 proxy), the 2022 census by district: the series the map opens on. */
const PAGE = '/indicators/17.8.1?series=INTERNET_15PLUS&view=map';
const MAP_API = '/api/v1/indicators/17.8.1/map?series=INTERNET_15PLUS&dimension=AGE:Y_GE15&level=district';
/** Dhaka (BD-13): its 2022 census value, and the 2020 value this suite adds (half of it). */
const DHAKA = 'BD-13';

interface MapAnswer { data: { years: number[]; values: { area: string; year: number; value: number }[] } }

describe('the map tab of indicator pages, in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let page: Page;
  let census: Map<string, number>;

  before(async () => {
    const answer = await site.server.app.inject({ url: MAP_API });
    census = new Map((answer.json() as MapAnswer).data.values.filter((v) => v.year === 2022).map((v) => [v.area, v.value]));
    // A second year, so the slider has somewhere to go: every district at half its 2022 value in 2020.
    const store = site.server.app.store;
    await store.db.transaction().execute(async (trx) => {
      const source = await upsertSource(trx, { key: 'test:internet-2020', kind: 'test', title: 'Internet use 2020 (test)' }, '2026-01-01');
      await insertObservations(store, trx, source, [...census].map(([area, value]) => observation({
        series: 'INTERNET_15PLUS', area, period: year('2020'), unit: 'percent', value: value / 2,
        dimensions: { AGE: 'Y_GE15', SEX: '_T', URBANISATION: '_T' },
      })));
    });
    page = await site.newPage();
  });

  /** The table's rows as `{ area code: shown value }`. */
  async function tableValues(): Promise<Map<string, string>> {
    const rows = await page.locator('.map-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-area')!, tr.querySelector('.map-table__value')!.textContent!.replace(/\(.*\)/, '').trim()]));
    return new Map(rows as [string, string][]);
  }

  /** The fill of every drawn area, in drawing order. */
  function fills(): Promise<string[]> {
    return page.locator('.choropleth svg path[fill]').evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')!));
  }

  it('17.8.1: the census series maps the 64 districts, and the table beside the map holds the values the API gives', async () => {
    await page.goto(`${site.origin}${PAGE}`);
    await page.locator('.map-table tbody tr').nth(63).waitFor();
    assert.equal(census.size, 64);
    const shown = await tableValues();
    assert.equal(shown.size, 64);
    // values are shown to two decimals
    for (const [area, value] of census) assert.ok(Math.abs(Number(shown.get(area)) - value) <= 0.005 + 1e-9, `${area}: ${shown.get(area)} shown, ${value} read`);
    // every district is drawn in a colour of the scale; the classes span both years, so 2022 (the later, higher year)
    // takes the upper classes and leaves the lightest to 2020
    const drawn = new Set(await fills());
    for (const colour of ['#a1dab4', '#41b6c4', '#2c7fb8', '#253494']) assert.ok(drawn.has(colour), `a district is filled ${colour}`);
    assert.ok(!drawn.has('#e4e4e4'), 'no district lacks a value');
    assert.match((await page.locator('.choropleth').getAttribute('aria-label'))!, /^Map of Population aged 15\+ using the internet by districts in 2022: 64 areas with data/);
    assert.match(await page.locator('.map-legend').innerText(), /Higher values are better\./);
    assert.match(await page.locator('.map-attribution').innerText(), /geoBoundaries \(CC BY 3\.0 IGO\)/);
  });

  it('17.8.1: sorting the table by value puts the highest district first, and again the lowest', async () => {
    const sort = page.getByRole('button', { name: /^Value/ });
    await sort.click();
    const byValue = [...census].sort((a, b) => b[1] - a[1]);
    assert.equal(await page.locator('.map-table tbody tr').first().getAttribute('data-area'), byValue[0]![0]);
    assert.equal(await page.locator('.map-table th[aria-sort="descending"]').count(), 1);
    await sort.click();
    assert.equal(await page.locator('.map-table tbody tr').first().getAttribute('data-area'), byValue[63]![0]);
  });

  it('17.8.1: moving the year slider to 2020 recolours the map and the table from the values already read', async () => {
    const before = await fills();
    let reads = 0;
    page.on('request', (r) => { if (r.url().includes('/map?')) reads++; });
    const slider = page.getByRole('slider', { name: /Year/ });
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForFunction((old) => [...document.querySelectorAll('.choropleth svg path[fill]')].some((p, i) => p.getAttribute('fill') !== old[i]), before);
    assert.equal(await slider.getAttribute('aria-valuetext'), '2020');
    assert.ok(Math.abs(Number((await tableValues()).get(DHAKA)) - census.get(DHAKA)! / 2) <= 0.005 + 1e-9, 'Dhaka shows its 2020 value');
    assert.equal(reads, 0, 'no new read of the map values');
    await page.getByRole('button', { name: 'Next year' }).click();
    assert.equal(await slider.getAttribute('aria-valuetext'), '2022');
  });

  it('17.8.1: the keyboard reaches the year slider and then the table, past the map without stopping in it', async () => {
    await page.getByRole('tab', { name: 'Map' }).focus();
    const focused = () => page.evaluate(() => {
      const e = document.activeElement!;
      return `${e.tagName.toLowerCase()}${e.getAttribute('type') ? `[${e.getAttribute('type')}]` : ''}.${e.className}`;
    });
    const path: string[] = [];
    for (let i = 0; i < 20 && !path.some((p) => p.includes('map-table__')); i++) {
      await page.keyboard.press('Tab');
      path.push(await focused());
    }
    const slider = path.findIndex((p) => p.startsWith('input[range]'));
    const table = path.findIndex((p) => p.includes('map-table__'));
    assert.ok(slider >= 0 && table > slider, `focus order: ${path.join(' → ')}`);
    assert.ok(!path.some((p) => p.includes('choropleth')), 'the map takes no focus');
    // an area's name in the table, when focused, outlines the area and shows its tooltip
    await page.locator('.map-table__area').first().focus();
    await page.locator('.choropleth div').filter({ hasText: /\d/ }).first().waitFor();
  });

  it('17.8.1: divisions are derived from the districts, hatched on the map and marked in the table', async () => {
    await page.getByRole('radio', { name: 'Divisions' }).check();
    await page.locator('.map-table tbody tr').nth(7).waitFor();
    assert.equal(await page.locator('.map-table tbody tr').count(), 8);
    assert.equal(await page.locator('.map-table .map-table__derived').count(), 8);
    assert.ok((await page.locator('.choropleth svg pattern').count()) > 0, 'derived areas are filled with a hatching pattern');
    // a share is derived as the districts' mean weighted by population, and the tooltip says so
    await page.locator('.map-table__area').first().focus();
    await page.locator('.choropleth div', { hasText: 'Mean of the areas within weighted by population, not observed' }).waitFor();
    await page.getByRole('radio', { name: 'Districts' }).check();
    await page.locator('.map-table tbody tr').nth(63).waitFor();
  });

  it('17.8.1: the area comparison lists pockets first, marked in words, with the difference from the nation', async () => {
    await page.locator('.area-comparison tbody tr').nth(63).waitFor();
    const first = page.locator('.area-comparison tbody tr').first();
    assert.match(await first.locator('th').innerText(), /Pocket/);
    assert.match(await page.locator('.area-comparison__summary').innerText(), /Pocket areas .*: \d+ of 64/);
    const cells = await first.locator('td').allInnerTexts();
    assert.match(cells[3]!, /^−\d/, 'a pocket of an increasing indicator is below the nation');
  });

  it('in Bengali the table and the year use Bengali digits', async () => {
    const bn = await site.newPage();
    await bn.goto(`${site.origin}${PAGE}&lang=bn`);
    await bn.locator('.map-table tbody tr').nth(63).waitFor();
    assert.match(await bn.locator('.year-slider output').innerText(), /^২০২২$/);
    assert.match(await bn.locator('.map-table__value').first().innerText(), /^[০-৯.]+$/);
    await bn.close();
  });

  it('/areas lists the pocket districts of each indicator and links each indicator to its map tab', async () => {
    await page.goto(`${site.origin}/areas`);
    const internet = page.locator('.gaps-list > li[data-indicator="17.8.1"]');
    await internet.waitFor();
    const api = (await site.server.app.inject({ url: '/api/v1/areas/pockets?level=district' })).json() as {
      data: { indicators: { indicator: string; series: string; pockets: { area: string; name: string }[] }[] };
    };
    const expected = api.data.indicators.find((i) => i.indicator === '17.8.1')!;
    assert.equal(await internet.locator('.gaps-list__areas li').count(), expected.pockets.length);
    assert.match(await internet.innerText(), new RegExp(`${expected.pockets.length} of 64 areas are pockets`));
    await internet.getByRole('link').click();
    await page.locator('.map-table tbody tr').nth(63).waitFor();
    const address = new URL(page.url());
    assert.equal(address.searchParams.get('view'), 'map');
    assert.equal(address.searchParams.get('series'), expected.series);
    assert.equal(await page.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected'), 'true');
  });

  it('a synthetic map of 400 areas draws and changes year quickly enough to slide through', async (t) => {
    const synthetic = await site.newPage();
    await synthetic.route('**/api/v1/areas/boundaries?level=district*', (route) => route.fulfill({ json: syntheticBoundaries(400) }));
    await synthetic.route('**/api/v1/indicators/17.8.1/map?*', (route) => route.fulfill({ json: syntheticMap(400, [2020, 2021, 2022]) }));
    await synthetic.goto(`${site.origin}/indicators/17.8.1?series=INTERNET_15PLUS`);
    await synthetic.getByRole('tab', { name: 'Map' }).waitFor();
    const drawMs = await synthetic.evaluate(async () => {
      const started = performance.now();
      (document.querySelector('[role="tab"]:nth-child(3)') as HTMLButtonElement).click();
      while (document.querySelectorAll('.choropleth svg path[fill]').length < 400) await new Promise(requestAnimationFrame);
      return performance.now() - started;
    });
    const switchMs: number[] = await synthetic.evaluate(async () => {
      const times: number[] = [];
      for (const label of ['Previous year', 'Previous year', 'Next year', 'Next year', 'Previous year', 'Previous year', 'Next year', 'Next year']) {
        const before = [...document.querySelectorAll('.choropleth svg path[fill]')].map((p) => p.getAttribute('fill')).join();
        const started = performance.now();
        (document.querySelector(`button[aria-label="${label}"]`) as HTMLButtonElement).click();
        while ([...document.querySelectorAll('.choropleth svg path[fill]')].map((p) => p.getAttribute('fill')).join() === before) {
          await new Promise(requestAnimationFrame);
        }
        times.push(performance.now() - started);
      }
      return times;
    });
    assert.equal(await synthetic.locator('.map-table tbody tr').count(), 400);
    const median = [...switchMs].sort((a, b) => a - b)[switchMs.length / 2]!;
    t.diagnostic(`400 areas: first draw ${drawMs.toFixed(0)} ms (boundaries and values read, laid out and drawn); year switch median ${median.toFixed(0)} ms, each ${switchMs.map((m) => m.toFixed(0)).join(', ')} ms`);
    assert.ok(drawMs < 5000, `first draw took ${drawMs} ms`);
    assert.ok(Math.max(...switchMs) < 1000, `year switches took ${switchMs.join(', ')} ms`);
    await synthetic.close();
  });
});

/** A 20 × 20 grid of 400 areas, each a 96-sided polygon (about the vertex count of a simplified district outline). */
function syntheticBoundaries(count: number) {
  const side = Math.ceil(Math.sqrt(count));
  return {
    type: 'FeatureCollection',
    attribution: 'Synthetic outlines',
    features: Array.from({ length: count }, (_, i) => {
      const [cx, cy] = [88 + (i % side) * 0.2, 21 + Math.floor(i / side) * 0.2];
      const ring = Array.from({ length: 97 }, (_, k) => {
        const angle = (2 * Math.PI * (k % 96)) / 96;
        return [cx + 0.095 * Math.cos(angle), cy + 0.095 * Math.sin(angle)];
      });
      return { type: 'Feature', id: `S-${i}`, properties: { code: `S-${i}`, name: `Area ${i}`, level: 'district', parent: null }, geometry: { type: 'Polygon', coordinates: [ring] } };
    }),
  };
}

/** Values of the synthetic areas for each year: a fixed spread, shifted by year so every class changes. */
function syntheticMap(count: number, years: number[]) {
  return {
    data: {
      indicator: '17.8.1', series: 'INTERNET_15PLUS', unit: 'percent', level: 'district', levels: ['district'], years,
      series_options: [], national: [], targets: [], attribution: 'Synthetic outlines',
      values: years.flatMap((y, n) => Array.from({ length: count }, (_, i) => ({ area: `S-${i}`, name: `Area ${i}`, year: y, value: ((i * 37 + n * 29) % 101) }))),
    },
  };
}
