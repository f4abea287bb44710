import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

/** A Bangla title of 3.2.1 written into the served store ("rate of death of children under five years of age"). */
const BANGLA_3_2_1 = 'পাঁচ বছরের কম বয়সী শিশু মৃত্যুর হার';

describe('the banner search and /search in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let page: Page;

  before(async () => {
    const db = site.server.app.store.db;
    const scope = (await db.selectFrom('framework_versions').select('id').where('is_active', '=', 1).executeTakeFirstOrThrow()).id;
    await db.deleteFrom('labels').where('scope', '=', scope).where('entity', '=', 'indicator').where('entity_id', '=', '3.2.1').where('lang', '=', 'bn').execute();
    await db.insertInto('labels').values({ scope, entity: 'indicator', entity_id: '3.2.1', lang: 'bn', field: 'title', text: BANGLA_3_2_1 }).execute();
    page = await site.newPage();
  });

  /** Types `words` into the banner's search field of the home page in `lang`, presses Enter, and answers the results' link to 3.2.1. */
  async function searchFor(lang: string, words: string) {
    await page.goto(`${site.origin}/${lang === 'en' ? '' : `?lang=${lang}`}`);
    const field = page.getByRole('search').getByRole('searchbox');
    await field.click();
    await page.keyboard.type(words);
    await page.keyboard.press('Enter');
    await page.locator('.search-page__count').waitFor();
    return page.locator('.search-result').filter({ has: page.locator(`a[href^="/indicators/3.2.1"]`) }).first();
  }

  it('a word in each language finds indicator 3.2.1 under Indicators, its link keeping ?lang=', async () => {
    const cases: [string, string, string][] = [
      ['en', 'under-five mortality', 'Under‑5 mortality rate'],
      ['fr', 'mortalité enfants', 'Taux de mortalité des enfants de moins de 5 ans'],
      ['es', 'mortalidad niños', 'Tasa de mortalidad de niños menores de 5 años'],
      ['ar', 'وفيات الأطفال', 'معدل وفيات الأطفال دون سن الخامسة'],
      ['ru', 'смертности детей', 'Коэффициент смертности детей в возрасте до пяти лет'],
      ['zh-Hans', '儿童死亡率', '5岁以下儿童死亡率'],
      ['bn', 'শিশু মৃত্যুর', BANGLA_3_2_1],
    ];
    for (const [lang, words, title] of cases) {
      const result = await searchFor(lang, words);
      const link = result.locator('.search-result__title');
      assert.equal(await link.innerText(), title, `${lang}: ${words}`);
      assert.equal(await link.getAttribute('href'), lang === 'en' ? '/indicators/3.2.1' : `/indicators/3.2.1?lang=${lang}`);
      assert.ok(await page.locator('section.search-group h2').count() >= 1);
      assert.equal(new URL(page.url()).searchParams.get('q'), words);
      if (lang !== 'en') assert.equal(new URL(page.url()).searchParams.get('lang'), lang);
    }
  });

  it('marks the matched words of the title, and an English word typed on the Bangla site finds 3.2.1 with a note', async () => {
    await searchFor('fr', 'pauvrete');
    assert.deepEqual(await page.locator('.search-group').first().locator('mark').allInnerTexts(), ['pauvreté']);
    const result = await searchFor('bn', 'under-five');
    assert.equal(await result.locator('.search-result__title').innerText(), BANGLA_3_2_1);
    assert.equal(await result.locator('.search-result__note').innerText(), 'ইংরেজি পাঠে পাওয়া গেছে');
  });

  it('the code ৩.২.১ typed on the Bangla site finds 3.2.1 first, and following its link opens the indicator page', async () => {
    const result = await searchFor('bn', '৩.২.১');
    assert.equal(await page.locator('.search-result').first().innerText().then((t) => t.includes(BANGLA_3_2_1)), true);
    assert.equal(await result.locator('.search-result__code').innerText(), 'সূচক ৩.২.১');
    await result.locator('.search-result__title').click();
    await page.waitForURL(/\/indicators\/3\.2\.1\?lang=bn$/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'bn');
  });

  it('the search form is a labelled landmark that the keyboard reaches from the skip link onwards', async () => {
    page = await site.newPage();
    await page.goto(`${site.origin}/search`);
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    assert.equal(await page.getByRole('search', { name: 'Site search' }).count(), 1);
    assert.equal(await page.getByRole('searchbox', { name: 'Search goals, targets and indicators' }).count(), 1);
    assert.match(await page.locator('main').innerText(), /Type words or a code/);
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'search');
    }
    assert.ok(reached, 'Tab reaches the search field');
  });
});
