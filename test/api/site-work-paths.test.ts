import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildApp } from '../../src/api/app.ts';
import { freshStore } from '../support/stores.ts';

describe('buildApp serving the sign-in, account, administration and work pages', () => {
  it('answers /sign-in, /account, /admin/… and /work/… with the site and 200, and near misses with 404', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'sdg-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html><body>site</body></html>');
    const { store, dispose } = await freshStore('sqlite');
    const app = await buildApp({ store, config: { logLevel: 'silent', webRoot } });
    try {
      const status = async (url: string): Promise<number> => (await app.inject(url)).statusCode;
      const pages = ['/sign-in?next=%2Fadmin%2Fusers', '/account', '/admin', '/admin/users', '/admin/validation-rules?indicator=3.2.1',
        '/work', '/work/indicators/3.2.1', '/work/submissions/7'];
      for (const page of pages) assert.equal(await status(page), 200, page);
      assert.match((await app.inject('/admin/organisations')).body, /site/);
      for (const miss of ['/sign-in/again', '/accounts', '/administration', '/admin/users/<x>']) assert.equal(await status(miss), 404, miss);
    } finally {
      await app.close();
      await dispose();
      rmSync(webRoot, { recursive: true, force: true });
    }
  });
});
