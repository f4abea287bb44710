import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

describe('public site in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let page: Page;

  before(async () => {
    page = await site.newPage();
  });

  /** The values of the table row of `period`, as shown. */
  async function rowValues(period: string): Promise<string[]> {
    const row = page.locator('.indicator-data table.data-table tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${period}$`) }) });
    return (await row.locator('td').allInnerTexts()).map((v) => v.trim());
  }

  /** The values of the observed lines in the row of `period` (the target and projection columns after them left out). */
  async function observedValues(period: string, lines = 1): Promise<string[]> {
    return (await rowValues(period)).slice(0, lines);
  }

  async function chartLabel(): Promise<string> {
    return (await page.locator('.indicator-chart').getAttribute('aria-label')) ?? '';
  }

  it('the home page shows the 17 goals as links with their reporting status', async () => {
    await page.goto(`${site.origin}/`);
    const tiles = page.locator('.goal-grid .goal-tile a');
    await tiles.first().waitFor();
    assert.equal(await tiles.count(), 17);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Sustainable Development Goals');
    assert.match(await page.locator('#summary-heading').innerText(), /reporting status/i);
  });

  it('indicator 3.2.1: choosing a sex changes the table to that sex’s under-five mortality and the chart’s line', async () => {
    await page.goto(`${site.origin}/indicators/3.2.1`);
    await page.locator('.indicator-chart[aria-label] svg').waitFor();
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /^Under.5 mortality rate$/);
    const totalChart = await chartLabel();
    assert.match(totalChart, /27\.3 in 2021/);

    await page.getByRole('tab', { name: 'Table' }).click();
    assert.deepEqual(await observedValues('2021'), ['27.3']);

    const sex = page.getByLabel('Sex', { exact: true });
    await sex.selectOption('F');
    assert.deepEqual(await observedValues('2021'), ['25.2']);
    assert.match(await page.locator('.indicator-data table.data-table caption').innerText(), /Female/);
    const femaleChart = await chartLabel();
    assert.notEqual(femaleChart, totalChart);
    assert.match(femaleChart, /Female: 25\.2 in 2021/);

    await sex.selectOption('M');
    assert.deepEqual(await observedValues('2021'), ['29.2']);
    assert.match(await chartLabel(), /Male: 29\.2 in 2021/);

    assert.match(page.url(), /[?&]SEX=M(&|$)/, 'the choice is in the address');
    await page.reload();
    await page.locator('.indicator-data table.data-table').waitFor();
    assert.deepEqual(await observedValues('2021'), ['29.2'], 'a reloaded address shows the same selection and tab');

    await sex.selectOption({ label: 'Compare all categories' });
    assert.deepEqual(await rowValues('2021'), ['27.3', '25.2', '29.2']);
    await page.getByRole('tab', { name: 'Chart' }).click();
    const legend = await page.locator('.indicator-chart svg').innerHTML();
    for (const name of ['Female', 'Male']) assert.ok(legend.includes(name), `chart legend names ${name}`);
    assert.equal(await page.locator('.indicator-chart svg path[fill="none"][stroke-width="2.5"]').count(), 3, 'three lines drawn');
  });

  it('indicator 3.2.1 links its downloads in four formats to the open API, and each answers its own type', async () => {
    const selection = await page.getByRole('link', { name: 'The data shown: CSV' }).getAttribute('href');
    assert.match(selection ?? '', /^\/api\/v1\/indicators\/3\.2\.1\/observations\?.*series=SH_DYN_MORT.*format=csv/);
    const response = await page.request.get(`${site.origin}${selection}`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'] ?? '', /text\/csv/);
    assert.equal(await page.getByRole('link', { name: 'The data shown: CSV' }).getAttribute('download'), 'indicator_3-2-1_SH_DYN_MORT.csv');
    assert.equal(await page.getByRole('link', { name: 'All data for this indicator: CSV' }).getAttribute('download'), 'indicator_3-2-1.csv');
    const types: Record<string, RegExp> = {
      XLSX: /spreadsheetml/, 'SDMX-CSV': /application\/vnd\.sdmx\.data\+csv/, 'SDMX-JSON': /application\/(vnd\.sdmx\.data\+)?json/,
    };
    for (const [label, type] of Object.entries(types)) {
      const href = await page.getByRole('link', { name: `The data shown: ${label}` }).getAttribute('href');
      const answer = await page.request.get(`${site.origin}${href}`);
      assert.equal(answer.status(), 200, label);
      assert.match(answer.headers()['content-type'] ?? '', type, label);
    }
  });

  it('the downloaded chart is a standalone SVG with a white page, the title, the selection and the source', async () => {
    await page.getByRole('tab', { name: 'Chart' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /chart \(SVG\)/ }).click()]);
    assert.equal(download.suggestedFilename(), 'indicator_3-2-1_SH_DYN_MORT.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    assert.match(svg, /<rect width="100%" height="100%" fill="#ffffff"\/>/);
    assert.match(svg, />Under-five mortality rate, by sex/);
    assert.match(svg, />Bangladesh</);
    assert.match(svg, />Source: UN Global SDG Indicators Database/);
  });

  it('the metadata name units in words, and the series table scrolls in a labelled region the keyboard can reach', async () => {
    const units = page.locator('.metadata-list__item').filter({ has: page.locator('dt', { hasText: /^Unit of measure$/ }) });
    assert.equal(await units.locator('dd').innerText(), 'number, per 1,000 live births');
    const region = page.getByRole('region', { name: 'Data series' });
    assert.equal(await region.getAttribute('tabindex'), '0');
    assert.doesNotMatch(await page.locator('.metadata').innerText(), /global_indicators|Graph type|Reporting status complete/);
  });

  it('the chart and table tabs follow the arrow keys', async () => {
    await page.getByRole('tab', { name: 'Chart' }).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected'), 'true');
    assert.ok(await page.locator('.indicator-data table.data-table').isVisible());
  });

  it('a single-year series draws one labelled bar, and its spoken summary rounds the value as the table does', async () => {
    await page.goto(`${site.origin}/indicators/5.b.1`);
    await page.locator('.indicator-chart[aria-label] svg').waitFor();
    assert.match(await chartLabel(), /^Bar chart of .*: 61\.8 in 2021$/);
    assert.equal(await page.locator('.indicator-chart svg path[fill="none"][stroke-width="2.5"]').count(), 0, 'no line drawn');
    await page.getByRole('tab', { name: 'Table' }).click();
    assert.deepEqual(await rowValues('2021'), ['61.8']);
  });

  it('the area selector lists the country first, then districts by name', async () => {
    await page.goto(`${site.origin}/indicators/8.10.2?series=FIN_ACCOUNT_15PLUS`);
    const area = page.getByLabel('Area', { exact: true });
    await area.waitFor();
    const names = (await area.locator('option').allInnerTexts()).slice(0, -1);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en')));
    assert.equal(names[0], 'Bagerhat');
  });

  it('census district data open as a ranking of the districts, chart and table alike', async () => {
    await page.goto(`${site.origin}/indicators/8.10.2?series=FIN_ACCOUNT_15PLUS`);
    await page.locator('.indicator-chart[aria-label] svg').waitFor();
    assert.equal(await page.getByLabel('Area', { exact: true }).inputValue(), '*');
    await page.getByRole('tab', { name: 'Table' }).click();
    const rows = page.locator('.indicator-data table.data-table tbody tr');
    assert.equal(await rows.count(), 64);
    const values = (await rows.locator('td').allInnerTexts()).map(Number);
    assert.equal(values.filter(Number.isFinite).length, 64, 'one value per district');
    assert.equal(await rows.locator('th', { hasText: /^Dhaka$/ }).count(), 1);
  });

  it('an indicator without observations says no figures are published yet, without promising a description it lacks', async () => {
    const goal = await (await page.request.get(`${site.origin}/api/v1/goals/16`)).json() as {
      data: { targets: { indicators: { code: string; latest: unknown; reportingStatus: string }[] }[] };
    };
    const empty = goal.data.targets.flatMap((t) => t.indicators).find((i) => i.reportingStatus !== 'complete');
    assert.ok(empty, 'goal 16 has an indicator without data');
    await page.goto(`${site.origin}/indicators/${empty.code}`);
    await page.locator('#no-data-heading').waitFor();
    assert.equal(await page.locator('#no-data-heading').innerText(), 'No figures published yet');
    assert.equal(await page.locator('.indicator-chart').count(), 0);
    const notice = await page.locator('.no-data').innerText();
    const described = (await page.locator('.metadata').count()) > 0;
    assert.match(notice, described ? /description below/ : /No description of it has been published yet/);
  });

  for (const path of ['/goals/abc', '/goals/18', '/indicators/..%2F..', '/indicators/9.9.9', '/nowhere']) {
    it(`${path} is a “page not found” page with a link home, and says so in its title`, async () => {
      await page.goto(`${site.origin}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      assert.equal(await page.title(), 'Page not found — SDG Tracker');
      assert.equal(await page.getByRole('link', { name: 'All goals' }).getAttribute('href'), '/');
      assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 0);
    });
  }

  it('a goal page names units in words and tags a latest value that comes from a proxy series', async () => {
    await page.goto(`${site.origin}/goals/3`);
    const alcohol = page.locator('.indicator-row').filter({ hasText: '3.5.2' });
    await alcohol.waitFor();
    assert.match(await alcohol.locator('.indicator-row__latest').innerText(), /litres of pure alcohol/);
    assert.doesNotMatch(await page.locator('.indicator-list').first().innerText(), /LTPUREAL|ltpureal/);

    const goals = await Promise.all(Array.from({ length: 17 }, async (_, i) =>
      (await (await page.request.get(`${site.origin}/api/v1/goals/${i + 1}`)).json()) as {
        data: { code: string; targets: { indicators: { code: string; latest: { relation?: string } | null }[] }[] };
      }));
    const proxied = goals.flatMap((g) => g.data.targets.flatMap((t) => t.indicators.map((i) => ({ goal: g.data.code, ...i }))))
      .find((i) => i.latest?.relation === 'proxy');
    assert.ok(proxied, 'some goal lists a latest value from a proxy series');
    await page.goto(`${site.origin}/goals/${proxied.goal}`);
    const row = page.locator('.indicator-row').filter({ has: page.locator('.indicator-row__code', { hasText: new RegExp(`^${proxied.code.replaceAll('.', '\\.')}$`) }) });
    await row.waitFor();
    assert.equal(await row.locator('.tag').innerText(), 'proxy');
    assert.match(await row.locator('.indicator-row__latest').textContent() ?? '', /proxy series: a related measure that stands in for the indicator/);
  });

  it('a Bengali goal page writes every number, code and year in Bengali digits', async () => {
    await page.goto(`${site.origin}/goals/3?lang=bn`);
    await page.locator('.indicator-row').first().waitFor();
    const chrome = await page.locator('.goal-header__label, .goal-header__number, .target__code, .indicator-row__code, .indicator-row__latest, .status-legend')
      .allInnerTexts();
    assert.ok(chrome.length > 10);
    assert.deepEqual(chrome.filter((text) => /[0-9]/.test(text)), []);
    assert.match(await page.title(), /^অভীষ্ট ৩: /);
    await page.goto(`${site.origin}/?lang=en`); // the site remembers the language; later tests read English
    await page.locator('.goal-grid .goal-tile a').first().waitFor();
  });

  it('a goal page links its indicators, and the indicator opens clean after another indicator’s selection', async () => {
    await page.goto(`${site.origin}/indicators/3.2.1?SEX=F`);
    await page.locator('.indicator-chart[aria-label] svg').waitFor();
    await page.getByRole('link', { name: /^Goal 3:/ }).click();
    await page.getByRole('link', { name: /Neonatal mortality rate/ }).click();
    await page.locator('.indicator-chart[aria-label] svg').waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Neonatal mortality rate');
    assert.equal(new URL(page.url()).search, '', 'no selection carried over from 3.2.1');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'focus moves to the new page');
  });

  it('the language switcher translates the page, puts ?lang= in the address and sets <html lang>', async () => {
    await page.goto(`${site.origin}/goals/3`);
    await page.locator('.indicator-row').first().waitFor();
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bonne santé et bien-être' }).waitFor();
    assert.match(page.url(), /[?&]lang=fr/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.equal(await page.getByRole('link', { name: 'Accueil' }).getAttribute('href'), '/?lang=fr');
  });

  it('the language menu follows the arrow keys and closes with Escape', async () => {
    await page.goto(`${site.origin}/?lang=en`);
    await page.locator('.goal-grid .goal-tile a').first().waitFor();
    const button = page.locator('.language-switcher__button');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'English');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('lang')), 'bn');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'English', 'Down from the last wraps to the first');
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('language-switcher__button')), true);
  });

  it('every language the API offers has its own words on the home page', async () => {
    for (const [lang, heading] of [['ru', 'Цели в области устойчивого развития'], ['zh-Hans', '可持续发展目标'], ['ne', 'दिगो विकास लक्ष्यहरू']]) {
      await page.goto(`${site.origin}/?lang=${lang}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
  });

  it('Arabic pages are right to left and say so on <html>', async () => {
    await page.goto(`${site.origin}/?lang=ar`);
    await page.locator('.goal-grid .goal-tile a').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  });
});
