import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { signIn, TEST_PASSWORD } from '../support/auth.ts';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

/**
 * The whole data workflow in the browser, over the bundled Bangladesh data (whose mapping makes the Health Services
 * Division lead for 3.2.1): a provider downloads the 3.2.1 template, adds 2022 values with one bad row, sees the row's
 * error, fixes it, uploads again, confirms and submits; a reviewer approves; the public page shows the new value at once.
 */
describe('submission workflow in Chromium: upload, submit, approve, publish', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'sdg-upload-'));
    await signIn(site.server.app.store.db, 'provider', ['HSD'], 'rina');
    await signIn(site.server.app.store.db, 'reviewer', ['BBS'], 'karim');
  });

  after(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** A fresh browser (own cookies) signed in as `username` through the sign-in page. */
  async function signedIn(username: string): Promise<{ context: BrowserContext; page: Page }> {
    const page = await site.newPage({ width: 1280, height: 1000 });
    const context = page.context();
    await page.goto(`${site.origin}/sign-in?next=/work`);
    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    return { context, page };
  }

  /** The template's rows with a 2022 value for the total and for girls (its text given), as CSV. */
  function withNewRows(template: string, girls: string): string {
    const lines = template.trim().split(/\r?\n/);
    const header = lines[0]!.split(',');
    const at = (name: string) => header.indexOf(name);
    const rowOf = (sex: string) => lines.find((l) => {
      const cells = l.split(',');
      return cells[at('TIME_PERIOD')] === '2021' && cells[at('SERIES')] === 'SH_DYN_MORT' && cells[at('SEX')] === sex;
    });
    const total = rowOf('_T');
    const female = rowOf('F');
    assert.ok(total && female, 'the template holds the published 2021 under-five mortality rows');
    const for2022 = (line: string, value: string) => {
      const cells = line.split(',');
      cells[at('TIME_PERIOD')] = '2022';
      cells[at('OBS_VALUE')] = value;
      return cells.join(',');
    };
    return [...lines, for2022(total, '26.1'), for2022(female, girls)].join('\n') + '\n';
  }

  it('a provider uploads 2022 values, fixes the row the dry run names, confirms and submits; a reviewer approves; the public page shows 26.1 for 2022', async () => {
    const provider = await signedIn('rina');
    const page = provider.page;
    assert.match(await page.locator('table.work-table').innerText(), /3\.2\.1/, 'my work lists 3.2.1');

    await page.getByRole('link', { name: '3.2.1' }).first().click();
    await page.getByRole('heading', { name: 'Values' }).waitFor();
    const template = await provider.context.request.get(`${site.origin}/api/v1/indicators/3.2.1/template.csv`);
    assert.equal(template.status(), 200);
    const bad = join(folder, 'u5mr-2022.csv');
    writeFileSync(bad, withNewRows(await template.text(), 'n/a'));

    await page.getByLabel('File', { exact: true }).setInputFiles(bad);
    await page.getByRole('button', { name: 'Check the file' }).click();
    const errors = page.locator('table.work-table--errors');
    await errors.waitFor();
    const lineCount = withNewRows(await template.text(), 'n/a').trim().split('\n').length;
    const errorRow = (await errors.locator('tbody tr').first().locator('td').allInnerTexts()).map((v) => v.trim());
    assert.equal(errorRow[0], 'u5mr-2022.csv');
    assert.equal(errorRow[2], String(lineCount), 'the error names the last line of the file');
    assert.equal(errorRow[3], 'OBS_VALUE');
    assert.equal(await page.getByRole('button', { name: 'Confirm and save in the draft' }).count(), 0, 'no confirm while the file has errors');

    const good = join(folder, 'u5mr-2022-fixed.csv');
    writeFileSync(good, withNewRows(await template.text(), '24.0'));
    await page.getByLabel('File', { exact: true }).setInputFiles(good);
    await page.getByRole('button', { name: 'Check the file' }).click();
    const added = page.locator('table', { has: page.locator('caption', { hasText: 'Values added' }) });
    await added.waitFor();
    assert.equal(await added.locator('tbody tr').count(), 2);
    assert.equal(await errors.count(), 0);
    await page.getByRole('button', { name: 'Confirm and save in the draft' }).click();
    await page.getByRole('heading', { name: 'Saved in the draft' }).waitFor();

    const submit = page.getByRole('button', { name: 'Submit for review' });
    await submit.waitFor();
    await submit.click();
    await page.waitForURL(/\/work\/submissions\/\d+$/);
    await page.locator('.work-state', { hasText: 'Submitted for review' }).first().waitFor();
    const submissionPath = new URL(page.url()).pathname;
    await provider.context.close();

    const reviewer = await signedIn('karim');
    const queue = reviewer.page.locator('section', { has: reviewer.page.getByRole('heading', { name: 'Waiting for review' }) });
    await queue.getByRole('link', { name: /3\.2\.1/ }).click();
    await reviewer.page.waitForURL((url) => url.pathname === submissionPath);
    const changes = reviewer.page.locator('table', { has: reviewer.page.locator('caption', { hasText: 'Changed values' }) });
    await changes.waitFor();
    assert.match(await changes.innerText(), /26\.1/);
    await reviewer.page.getByRole('button', { name: 'Approve and publish' }).click();
    await reviewer.page.locator('.work-state', { hasText: 'Approved' }).first().waitFor();

    await reviewer.page.goto(`${site.origin}/indicators/3.2.1?view=table`);
    const row2022 = reviewer.page.locator('.indicator-data table.data-table tbody tr').filter({ has: reviewer.page.locator('th', { hasText: /^2022$/ }) });
    await row2022.waitFor();
    // the first column is the observed line; the target and projection columns follow it
    assert.deepEqual((await row2022.locator('td').allInnerTexts()).map((v) => v.trim()).slice(0, 1), ['26.1']);
    await reviewer.context.close();
  });
});
