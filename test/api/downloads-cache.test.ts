import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiSuite } from '../support/api-suite.ts';
import { signIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { seedWorkflow } from '../workflow/submissions/workflow-seed.ts';

for (const dialect of STORE_DIALECTS) {
  describe(`Cache-Control of GET /downloads/all.zip on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, (store) => seedWorkflow(store, { framework: true }));

    it('answers the bulk policy (public, max-age=300, stale-while-revalidate=600) on the 200 and on the 304', async () => {
      const first = await api.app.inject('/api/v1/downloads/all.zip');
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['cache-control'], 'public, max-age=300, stale-while-revalidate=600');
      const again = await api.app.inject({ url: '/api/v1/downloads/all.zip', headers: { 'if-none-match': String(first.headers.etag) } });
      assert.equal(again.statusCode, 304);
      assert.equal(again.headers['cache-control'], 'public, max-age=300, stale-while-revalidate=600');
    });

    it('answers private, no-store to a request with a session cookie, as every signed-in read outside the public pages', async () => {
      const admin = await signIn(api.store.db, 'admin');
      const first = await api.app.inject({ url: '/api/v1/downloads/all.zip', headers: { cookie: admin.headers.cookie! } });
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['cache-control'], 'private, no-store');
    });
  });
}
