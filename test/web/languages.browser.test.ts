import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

/** The language of the document as the browser has it: `<html lang dir>`. */
async function documentLanguage(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir || 'ltr' }));
}

/** Chooses a language in the banner's language menu, as a reader does. */
async function chooseLanguage(page: Page, name: string): Promise<void> {
  await page.locator('.language-switcher__button').click();
  await page.locator('.language-switcher__list').getByRole('button', { name, exact: true }).click();
}

/** The left edges (px) of the main navigation's links, in document order. */
async function navLefts(page: Page): Promise<number[]> {
  const boxes = await page.locator('.site-nav a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().left));
  assert.ok(boxes.length >= 4, `${boxes.length} navigation links`);
  return boxes;
}

const BENGALI_DIGITS = /[০-৯]/;
const LATIN_DIGITS = /[0-9]/;

describe('The site\'s languages in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();

  it('choosing বাংলা in the language menu puts ?lang=bn in the address and shows Bangla words and digits: ১৭ goals, ৩ in titles', async () => {
    const page = await site.newPage();
    await page.goto(site.origin);
    await page.locator('.goal-grid a').first().waitFor();
    assert.deepEqual(await documentLanguage(page), { lang: 'en', dir: 'ltr' });
    await chooseLanguage(page, 'বাংলা');
    await page.getByRole('heading', { level: 1, name: 'টেকসই উন্নয়ন অভীষ্ট' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'bn');
    assert.deepEqual(await documentLanguage(page), { lang: 'bn', dir: 'ltr' });
    const intro = await page.locator('main').innerText();
    assert.match(intro, /১৭টি টেকসই উন্নয়ন অভীষ্ট/);
    assert.deepEqual((await page.locator('.site-nav a').allInnerTexts()).slice(0, 2), ['অগ্রগতি', 'তথ্যের প্রাপ্যতা']);
    const tiles = await page.locator('.goal-grid a').allInnerTexts();
    assert.equal(tiles.length, 17);
    assert.match(tiles[2]!, /^৩\s*অভীষ্ট ৩/);
    assert.match(tiles[16]!, /^১৭/);
    assert.ok(!tiles.some((tile) => LATIN_DIGITS.test(tile)), `Latin digits in ${tiles.find((tile) => LATIN_DIGITS.test(tile))}`);
    await page.context().close();
  });

  it('a link followed inside the site keeps Bangla: goal 3, then indicator 3.2.1, whose table gives the years as ২০০০ … ২০২১ and ২০৩০ (প্রক্ষেপিত)', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/?lang=bn`);
    await page.locator('.goal-grid a').nth(2).click();
    await page.waitForURL(/\/goals\/3\?lang=bn$/);
    await page.locator('.indicator-row').first().waitFor();
    assert.match(await page.title(), /^অভীষ্ট ৩: .+ — এসডিজি ট্র্যাকার$/);
    assert.equal(await page.locator('.breadcrumb').getByRole('link').first().innerText(), 'প্রথম পাতা');
    await page.locator('main a[href="/indicators/3.2.1?lang=bn"]').first().click();
    await page.waitForURL(/\/indicators\/3\.2\.1\?lang=bn/);
    assert.deepEqual(await documentLanguage(page), { lang: 'bn', dir: 'ltr' });
    await page.getByRole('tab', { name: 'সারণি' }).click();
    const table = page.locator('.indicator-data [role="tabpanel"]:not([hidden]) table');
    const years = await table.locator('tbody tr th, tbody tr td:first-child').allInnerTexts();
    assert.ok(years[0] === '২০০০' && years.includes('২০২১') && years.at(-1) === '২০৩০ (প্রক্ষেপিত)', years.join(' '));
    assert.ok(years.every((year) => BENGALI_DIGITS.test(year) && !LATIN_DIGITS.test(year)), years.join(' '));
    assert.match(await table.locator('tbody').innerText(), /৩৮/);
    await page.context().close();
  });

  it('a copied Bangla address opens in Bangla in a new browser, with nothing remembered from before', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/goals/3?lang=bn`);
    await page.locator('.indicator-row').first().waitFor();
    assert.deepEqual(await documentLanguage(page), { lang: 'bn', dir: 'ltr' });
    assert.equal(await page.locator('.breadcrumb li').last().innerText(), 'অভীষ্ট ৩');
    await page.context().close();
  });

  it('goal 5\'s title is the framework\'s own in French, Spanish and Arabic', async () => {
    const page = await site.newPage();
    const titles: Record<string, string> = {};
    for (const lang of ['fr', 'es', 'ar']) {
      await page.goto(`${site.origin}/goals/5?lang=${lang}`);
      await page.locator('.indicator-row').first().waitFor();
      titles[lang] = await page.getByRole('heading', { level: 1 }).innerText();
    }
    assert.deepEqual(titles, { fr: 'Égalité entre les sexes', es: 'Igualdad de Género', ar: 'المساواة بين الجنسين' });
    await page.context().close();
  });

  it('choosing العربية lays the page out right to left: <html dir=rtl>, the navigation mirrored, the brand on the right; its links keep ?lang=ar', async () => {
    const page = await site.newPage();
    await page.goto(site.origin);
    await page.locator('.goal-grid a').first().waitFor();
    const ltr = await navLefts(page);
    assert.ok(ltr.every((left, i) => i === 0 || left > ltr[i - 1]!), `English links run left to right: ${ltr.join(', ')}`);
    await chooseLanguage(page, 'العربية');
    await page.getByRole('heading', { level: 1, name: 'أهداف التنمية المستدامة' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'ar');
    assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
    const rtl = await navLefts(page);
    assert.ok(rtl.every((left, i) => i === 0 || left < rtl[i - 1]!), `Arabic links run right to left: ${rtl.join(', ')}`);
    const brand = await page.locator('.site-brand').boundingBox();
    const menu = await page.locator('.language-switcher').boundingBox();
    assert.ok(brand && menu && brand.x > menu.x, `brand at ${brand?.x} px, language menu at ${menu?.x} px`);
    const tiles = page.locator('.goal-grid a');
    const [first, second] = [await tiles.nth(0).boundingBox(), await tiles.nth(1).boundingBox()];
    assert.ok(first && second && first.x > second.x, 'goal 1 is right of goal 2');
    await page.locator('.site-nav a').first().click();
    await page.waitForURL(/\/progress\?lang=ar$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
    await page.context().close();
  });

  it('choosing English again drops ?lang= from the address and turns the page left to right', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/goals/3?lang=ar`);
    await page.locator('.indicator-row').first().waitFor();
    await chooseLanguage(page, 'English');
    await page.getByRole('heading', { level: 1, name: 'Good health and well-being' }).waitFor();
    assert.equal(new URL(page.url()).search, '');
    assert.deepEqual(await documentLanguage(page), { lang: 'en', dir: 'ltr' });
    await page.context().close();
  });
});
