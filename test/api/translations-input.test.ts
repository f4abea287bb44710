import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { nestKeys } from '../../src/api/translations/nest-keys.ts';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { setSettings } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

describe('nestKeys with key parts that name Object.prototype members', () => {
  it('nestKeys({"__proto__.polluted": "x"}) gives an own "__proto__" object and leaves Object.prototype alone', () => {
    const out = nestKeys({ '__proto__.polluted': 'x', 'toString.label': 'y', 'home.title': 'z' });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(Object.keys(out), ['__proto__', 'home', 'toString']);
    assert.equal(JSON.stringify(out), '{"__proto__":{"polluted":"x"},"home":{"title":"z"},"toString":{"label":"y"}}');
  });
});

for (const dialect of STORE_DIALECTS) {
  describe(`PUT /translations/{lang}/ui with hostile input on ${dialect}`, dialectOptions(dialect), () => {
    let admin: SignedIn;
    const api = apiSuite(dialect, async (store) => {
      await prepareStore(store);
      await store.db.transaction().execute((trx) => setSettings(trx, { country: '050', languages: JSON.stringify(['en', 'bn']) }));
    });
    before(async () => {
      admin = await signIn(api.store.db, 'admin');
    });

    it('refuses a key with a __proto__ part with 400 naming the key, and stores nothing', async () => {
      const r = await answer(api.app, { method: 'PUT', url: '/api/v1/translations/bn/ui', headers: admin.headers, payload: { '__proto__.polluted': 'x' } });
      assert.equal(r.status, 400);
      assert.equal(r.body.error.code, 'BAD_PARAMETER');
      assert.match(r.body.error.message, /^parameter __proto__\.polluted: /);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal((await api.store.db.selectFrom('ui_translations').select('key').execute()).length, 0);
    });

    it('refuses a key naming a group of the site\'s strings ("site") or sitting under a string ("site.name.x") with 400, storing nothing', async () => {
      const group = await answer(api.app, { method: 'PUT', url: '/api/v1/translations/bn/ui', headers: admin.headers, payload: { 'site.name': 'ঠিক', site: 'x' } });
      assert.deepEqual([group.status, group.body.error.message], [400, 'parameter site: names the group of strings site.…, not one string']);
      const under = await answer(api.app, { method: 'PUT', url: '/api/v1/translations/bn/ui', headers: admin.headers, payload: { 'site.name.x': 'x' } });
      assert.deepEqual([under.status, under.body.error.message], [400, 'parameter site.name.x: site.name is a string of the site, so nothing can sit under it']);
      assert.equal((await api.store.db.selectFrom('ui_translations').select('key').execute()).length, 0);
      // removing such a key stays possible
      assert.equal((await answer(api.app, { method: 'PUT', url: '/api/v1/translations/bn/ui', headers: admin.headers, payload: { site: null } })).status, 200);
    });

    it('answers a body over the size limit with 413 and a message naming the limit, not 500', async () => {
      const big = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, 'x'.repeat(4000)]));
      const r = await answer(api.app, { method: 'PUT', url: '/api/v1/translations/bn/ui', headers: admin.headers, payload: big });
      assert.equal(r.status, 413);
      assert.deepEqual(r.body, { error: { code: 'BAD_PARAMETER', message: 'request body: larger than the limit of 1048576 bytes', statusCode: 413 } });
    });
  });
}
