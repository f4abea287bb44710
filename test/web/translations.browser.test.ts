import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { signIn, TEST_PASSWORD } from '../support/auth.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

describe('translations in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let admin: Page;

  before(async () => {
    await signIn(site.server.app.store.db, 'admin', [], 'translations.admin');
    admin = await site.newPage();
    await admin.goto(`${site.origin}/sign-in?next=%2Fadmin%2Ftranslations%3Flanguage%3Dbn`);
    await admin.getByLabel('User name').fill('translations.admin');
    await admin.getByLabel('Password').fill(TEST_PASSWORD);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Translations' }).waitFor();
  });

  it('/admin/translations breaks no WCAG 2.1 A/AA rule at 1200 px and 390 px, with the add-a-language form open', async () => {
    for (const width of [1200, 390]) {
      await admin.setViewportSize({ width, height: 900 });
      const form = admin.locator('details', { has: admin.getByText('Add a language', { exact: true }) });
      if (!(await form.evaluate((d) => (d as HTMLDetailsElement).open))) await admin.getByText('Add a language', { exact: true }).click();
      await admin.getByLabel('Language code').waitFor();
      await admin.getByLabel('Its own name').waitFor();
      await admin.locator('.translation-table tbody tr').first().waitFor();
      const violations = await axeViolations(admin);
      assert.equal(violations.length, 0, `at ${width} px:\n${describeViolations(violations)}`);
      // Every text input of the form has a label one can see.
      for (const label of ['Language code', 'Its own name']) assert.ok(await admin.getByText(label, { exact: true }).isVisible(), label);
      // The status column holds its badges: none reaches past its cell, nor the table past the page.
      const overflow = await admin.locator('.translation-table').evaluate((table) => {
        const page = document.documentElement.getBoundingClientRect().right;
        return [...table.querySelectorAll('.translation-status')].filter((b) => b.getBoundingClientRect().right > b.closest('td')!.getBoundingClientRect().right + 0.5
          || table.getBoundingClientRect().right > page + 0.5).length;
      });
      assert.equal(overflow, 0, `status badges past the table's edge at ${width} px`);
    }
    await admin.getByText('Add a language', { exact: true }).click();
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('/?lang=bn shows Bengali digits, the Bangla title of goal 1 and the unofficial-translation note; English has no note', async () => {
    const page = await site.newPage({ width: 390, height: 844 });
    await page.goto(`${site.origin}/?lang=bn`);
    await page.getByRole('heading', { level: 2, name: '১৭টি অভীষ্ট' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'bn');
    const tile = page.locator('.goal-tile').first();
    assert.equal(await tile.locator('.goal-tile__number').innerText(), '১');
    assert.match(await tile.locator('.goal-tile__title').innerText(), /দারিদ্র্যের অবসান$/);
    assert.equal(await page.locator('.unofficial-note').innerText(), 'এই ভাষায় অভীষ্টের শিরোনামগুলো অনানুষ্ঠানিক অনুবাদ।');

    await page.goto(`${site.origin}/goals/1?lang=bn`);
    await page.getByRole('heading', { level: 1, name: 'দারিদ্র্যের অবসান' }).waitFor();
    assert.equal(await page.locator('.goal-header__title').innerText(), 'সর্বত্র সব ধরনের দারিদ্র্যের অবসান');
    await page.locator('.goal-header .unofficial-note').waitFor();
    assert.equal(await page.locator('.goal-header .unofficial-note').innerText(), 'অনানুষ্ঠানিক অনুবাদ');

    await page.goto(`${site.origin}/?lang=en`);
    await page.getByRole('heading', { level: 2, name: 'The 17 goals' }).waitFor();
    assert.match(await page.locator('.goal-tile').first().locator('.goal-tile__title').innerText(), /no poverty$/i);
    assert.equal(await page.locator('.unofficial-note').count(), 0);
  });

  it('an admin finds home.title among the UI strings, changes it in Bangla, and the home page shows it after a reload', async () => {
    await admin.getByLabel('Find by key or text').fill('home.title');
    const field = admin.getByLabel('Text of home.title');
    assert.equal(await field.inputValue(), 'টেকসই উন্নয়ন অভীষ্ট');
    await field.fill('টেকসই উন্নয়ন অভীষ্ট: বাংলাদেশের অগ্রগতি');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByText('Saved: 1').waitFor();
    assert.equal(await admin.locator('tr', { has: admin.getByLabel('Text of home.title') }).locator('.translation-status').innerText(), 'National office');

    const page = await site.newPage();
    await page.goto(`${site.origin}/?lang=bn`);
    await page.getByRole('heading', { level: 1, name: 'টেকসই উন্নয়ন অভীষ্ট: বাংলাদেশের অগ্রগতি' }).waitFor();
    // The other strings stay as shipped, and English keeps its own title.
    await page.getByRole('heading', { level: 2, name: '১৭টি অভীষ্ট' }).waitFor();
    await page.goto(`${site.origin}/?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Sustainable Development Goals' }).waitFor();
  });

  it('an admin sets goal 2\'s short title in Bangla; the home page shows it, and the content list marks it national', async () => {
    // The choice lives in the address, so the radio turns checked a moment after the click: wait for it, not for check().
    await admin.getByLabel('Goal, target and indicator titles').click();
    await admin.locator('input[type=radio][value=content]:checked').waitFor();
    const field = admin.getByLabel('Text of 2 short title');
    assert.equal(await field.inputValue(), 'ক্ষুধামুক্তি');
    await field.fill('ক্ষুধার অবসান');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByText('Saved: 1').waitFor();
    await admin.locator('tr', { has: admin.getByLabel('Text of 2 short title') }).getByText('National office').waitFor();

    const page = await site.newPage();
    await page.goto(`${site.origin}/?lang=bn`);
    await page.locator('.goal-tile').nth(1).getByText('ক্ষুধার অবসান').waitFor();
  });

  it('an admin adds Kiswahili: the language switcher offers it and its pages read English until translated', async () => {
    await admin.getByText('Add a language', { exact: true }).click();
    await admin.getByLabel('Language code').fill('sw');
    await admin.getByLabel('Its own name').fill('Kiswahili');
    await admin.getByRole('button', { name: 'Add language' }).click();
    await admin.getByText(/Kiswahili added/).waitFor();
    assert.equal(await admin.getByLabel('Language', { exact: true }).inputValue(), 'sw');

    const page = await site.newPage();
    await page.goto(`${site.origin}/?lang=sw`);
    await page.getByRole('heading', { level: 1, name: 'Sustainable Development Goals' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sw');
    await page.locator('.language-switcher__button').click();
    await page.locator('.language-switcher__list').getByText('Kiswahili').waitFor();
  });
});
