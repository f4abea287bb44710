import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { signIn, TEST_PASSWORD } from '../support/auth.ts';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

describe('sign-in and administration pages in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 300_000 }, () => {
  const site = browserSuite();
  let page: Page;
  /** The password the admin generates for the new provider, read from the form. */
  let providerPassword = '';

  before(async () => {
    await signIn(site.server.app.store.db, 'admin', [], 'office.admin');
    page = await site.newPage();
  });

  it('/admin/users sends an anonymous reader to the sign-in page, which announces a wrong password', async () => {
    await page.goto(`${site.origin}/admin/users`);
    await page.getByLabel('User name').waitFor();
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assert.equal(new URL(page.url()).searchParams.get('next'), '/admin/users');
    assert.equal(await page.title(), 'Sign in — SDG Tracker');

    await page.getByLabel('User name').fill('office.admin');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    assert.match(await page.getByRole('alert').innerText(), /user name or password is not right/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sign-in-password', 'focus returns to the password');
  });

  it('signing in as the admin comes back to /admin/users, with the account menu in the banner', async () => {
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/admin/users');
    await page.getByRole('button', { name: /Signed in as/ }).click();
    const menu = await page.locator('.user-menu__list').innerText();
    for (const item of ['My work', 'Administration', 'Account', 'Sign out']) assert.match(menu, new RegExp(item));
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.user-menu__list').isVisible(), false, 'Escape closes the menu');
  });

  it('creating an organisation adds it to the tree, and the API lists it', async () => {
    await page.getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await page.getByRole('button', { name: 'New organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'New organisation' });
    await dialog.getByLabel('Code').fill('MOTEST');
    await dialog.getByLabel('Name', { exact: true }).fill('Ministry of Testing');
    await dialog.getByLabel('Kind').selectOption('ministry');
    await dialog.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByRole('status').filter({ hasText: 'Organisation Ministry of Testing created.' }).waitFor();
    const row = page.locator('.org-tree__row').filter({ hasText: 'Ministry of Testing' });
    assert.equal(await row.locator('code').innerText(), 'MOTEST');

    const answer = await (await page.request.get(`${site.origin}/api/v1/organisations`)).json() as { data: { id: string; name: string }[] };
    assert.ok(answer.data.some((o) => o.id === 'MOTEST' && o.name === 'Ministry of Testing'));
  });

  it('a CSV import with bad rows lists each problem by line and column and writes nothing', async () => {
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({
      name: 'organisations.csv', mimeType: 'text/csv',
      buffer: Buffer.from('id,parent_id,name,kind\nAGX,,Agency X,agency\nAGY,NOWHERE,Agency Y,agency\n'),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    const report = page.locator('.import-report');
    await report.waitFor();
    assert.match(await report.locator('.import-report__summary').innerText(), /organisations\.csv was not imported/);
    const cells = await report.locator('tbody tr').first().locator('td').allInnerTexts();
    assert.equal(cells[0], '3');
    assert.equal(cells[1], 'parent_id');
    assert.match(cells.at(-1)!, /NOWHERE/);
    assert.equal(await page.locator('.org-tree__row').filter({ hasText: 'Agency X' }).count(), 0, 'the good row was not written either');
  });

  it('creating a provider of that organisation shows them in the user list with a temporary password', async () => {
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('User name').fill('rahim.test');
    await dialog.getByLabel('Name', { exact: true }).fill('Rahim Test');
    await dialog.getByLabel('Role').selectOption('provider');
    await dialog.getByLabel('Filter').fill('Testing');
    await dialog.getByRole('checkbox', { name: /Ministry of Testing/ }).check();
    await dialog.getByRole('button', { name: 'Generate' }).click();
    providerPassword = await dialog.getByLabel('First password').inputValue();
    assert.equal(providerPassword.length, 16);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('status').filter({ hasText: 'User rahim.test created.' }).waitFor();

    // The list reloads after the message: wait for the new row and the new count before reading them.
    const row = page.locator('table tbody tr').filter({ hasText: 'rahim.test' });
    await row.waitFor();
    await page.locator('caption').filter({ hasText: /Accounts \(2\)/ }).waitFor();
    assert.deepEqual((await row.locator('td').allInnerTexts()).slice(0, 3).map((t) => t.trim()), ['rahim.test', 'data provider', 'MOTEST']);
    assert.match(await row.innerText(), /temporary password/);
  });

  it('the new provider must choose a password first, and then reads that administration needs the admin role', async () => {
    const provider = await site.newPage();
    await provider.goto(`${site.origin}/sign-in?next=%2Fadmin`);
    await provider.getByLabel('User name').fill('rahim.test');
    await provider.getByLabel('Password').fill(providerPassword);
    await provider.getByRole('button', { name: 'Sign in' }).click();
    await provider.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    assert.match(await provider.locator('.notice').innerText(), /temporary password/);

    await provider.getByLabel('Current password').fill(providerPassword);
    await provider.getByLabel('New password', { exact: true }).fill('a new long passphrase');
    await provider.getByLabel('New password again').fill('a new long passphrase');
    await provider.getByRole('button', { name: 'Change password' }).click();
    await provider.getByRole('heading', { level: 1, name: 'This page is not for your role' }).waitFor();
    assert.equal(new URL(provider.url()).pathname, '/admin');
    assert.match(await provider.getByRole('alert').innerText(), /You need the admin role.*signed in as data provider/s);
    await provider.context().close();
  });

  it('a responsibility import that removes responsibilities lists added, changed and removed, and writes only once the removal is confirmed', async () => {
    const mapping = async () => (await (await page.request.get(`${site.origin}/api/v1/responsibilities`)).json() as { data: { items: unknown[] } }).data.items.length;
    const before = await mapping();
    assert.equal(before, 596, 'the bundled illustrative mapping');
    await page.goto(`${site.origin}/admin/responsibilities`);
    await page.getByRole('heading', { level: 1, name: 'Responsibility' }).waitFor();
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({
      name: 'responsibilities.csv', mimeType: 'text/csv', buffer: Buffer.from('indicator,organisation,role\n3.2.1,HSD,lead\n3.2.1,BBS,associate\n'),
    });

    await page.getByRole('button', { name: 'Check the file' }).click();
    const counts = page.locator('.import-report__counts');
    await counts.waitFor();
    assert.deepEqual(await counts.locator('li').allInnerTexts(), ['rows read: 2', 'added: 0', 'changed: 1', 'removed: 594', 'unchanged: 1', 'indicators with an organisation: 1']);
    assert.equal(await counts.locator('li[data-count="removed"] strong').count(), 1, 'the removals stand out');
    assert.match(await page.locator('.import-report [role="note"]').innerText(), /removes responsibilities that are not in it: 594/);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove responsibilities?' });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /Removed: 594\. Added: 0\. Role changed: 1\./);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await mapping(), before, 'cancelling writes nothing');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('dialog', { name: 'Remove responsibilities?' }).getByRole('button', { name: 'Import and remove 594' }).click();
    await page.getByRole('status').filter({ hasText: 'Responsibility imported.' }).waitFor();
    assert.equal(await mapping(), 2);
  });
});
