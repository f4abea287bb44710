import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { loadUnofficialTitles } from '../../src/ingest/framework/unofficial-titles.ts';
import { listAudit, setSettings } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

for (const dialect of STORE_DIALECTS) {
  describe(`translation routes on ${dialect}`, dialectOptions(dialect), () => {
    let admin: SignedIn;
    let provider: SignedIn;
    const api = apiSuite(dialect, async (store) => {
      await prepareStore(store);
      await store.db.transaction().execute((trx) => setSettings(trx, { country: '050', languages: JSON.stringify(['en', 'bn']) }));
    });
    before(async () => {
      admin = await signIn(api.store.db, 'admin');
      provider = await signIn(api.store.db, 'provider');
    });
    const call = (method: 'GET' | 'PUT' | 'POST', url: string, who: SignedIn | null, payload?: object, headers: Record<string, string> = {}) => answer(api.app, {
      method, url: `/api/v1${url}`, headers: { ...(who?.headers ?? { 'x-csrf-token': 'anonymous' }), ...headers }, ...(payload ? { payload } : {}),
    });

    it('GET /translations/bn/content?entity=goal gives the shipped Bangla goal titles marked unofficial, English beside', async () => {
      const { status, body } = await call('GET', '/translations/bn/content?entity=goal', null);
      assert.equal(status, 200);
      assert.equal(body.data.length, 34); // 17 goals × (title, short)
      assert.deepEqual(body.data[0], {
        entity: 'goal', code: '1', field: 'short', english: 'No poverty', text: 'দারিদ্র্যের অবসান', status: 'unofficial',
      });
      assert.deepEqual(body.data[1], {
        entity: 'goal', code: '1', field: 'title', english: 'End poverty in all its forms everywhere',
        text: 'সর্বত্র সব ধরনের দারিদ্র্যের অবসান', status: 'unofficial',
      });
      const french = await call('GET', '/translations/fr/content?entity=goal', null);
      assert.equal(french.body.data.find((r: { code: string; field: string }) => r.code === '1' && r.field === 'title').status, 'official');
    });

    it('a provider gets 403 and an anonymous caller 401 on every write, and nothing changes', async () => {
      assert.equal((await call('PUT', '/translations/bn/ui', provider, { 'home.title': 'x' })).status, 403);
      assert.equal((await call('PUT', '/translations/bn/content', provider, { entity: 'goal', code: '1', field: 'title', text: 'x' })).status, 403);
      assert.equal((await call('POST', '/languages', provider, { code: 'sw', name: 'Kiswahili', dir: 'ltr' })).status, 403);
      assert.equal((await call('PUT', '/translations/bn/ui', null, { 'home.title': 'x' })).status, 401);
      const { body } = await call('GET', '/translations/bn', null);
      assert.deepEqual(body, { data: {}, meta: { lang: 'bn', dir: 'ltr' } });
    });

    it('a write without the session\'s CSRF token is refused (403 CSRF_FAILED)', async () => {
      const { status, body } = await call('PUT', '/translations/bn/ui', admin, { 'home.title': 'x' }, { 'x-csrf-token': 'wrong' });
      assert.deepEqual([status, body.error.code], [403, 'CSRF_FAILED']);
    });

    it('PUT /translations/bn/ui sets UI strings, audited; GET answers them nested with an ETag and 304 when unchanged', async () => {
      const put = await call('PUT', '/translations/bn/ui', admin, { 'home.title': 'টেকসই উন্নয়ন অভীষ্ট ট্র্যাকার', 'site.allGoals': 'সব অভীষ্ট' });
      assert.equal(put.status, 200);
      const got = await api.app.inject({ url: '/api/v1/translations/bn' });
      assert.equal(got.statusCode, 200);
      assert.deepEqual(got.json(), { data: { home: { title: 'টেকসই উন্নয়ন অভীষ্ট ট্র্যাকার' }, site: { allGoals: 'সব অভীষ্ট' } }, meta: { lang: 'bn', dir: 'ltr' } });
      const etag = String(got.headers.etag);
      assert.match(etag, /^"[A-Za-z0-9_-]{27}"$/);
      assert.equal(got.headers['cache-control'], 'no-cache');
      const again = await api.app.inject({ url: '/api/v1/translations/bn', headers: { 'if-none-match': etag } });
      assert.deepEqual([again.statusCode, again.body], [304, '']);
      const removed = await call('PUT', '/translations/bn/ui', admin, { 'site.allGoals': null });
      assert.deepEqual(removed.body.data, { home: { title: 'টেকসই উন্নয়ন অভীষ্ট ট্র্যাকার' } });
      const changed = await api.app.inject({ url: '/api/v1/translations/bn', headers: { 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200);
      const events = await listAudit(api.store.db, { action: 'translation.ui.update' });
      assert.equal(events.length, 2);
      assert.deepEqual([events[0]!.userId, events[0]!.entity, events[0]!.entityId], [admin.userId, 'ui_translation', 'bn']);
      assert.deepEqual(events[0]!.oldValue, { 'home.title': null, 'site.allGoals': null });
      assert.deepEqual(events[1]!.oldValue, { 'site.allGoals': 'সব অভীষ্ট' });
      assert.deepEqual(events[1]!.newValue, { 'site.allGoals': null });
    });

    it('PUT /translations/bn/content sets goal 1\'s title as national; the goals API shows it and the audit has the old text', async () => {
      const text = 'সব জায়গায় সব ধরনের দারিদ্র্য দূর করা';
      const put = await call('PUT', '/translations/bn/content', admin, { entity: 'goal', code: '1', field: 'title', text });
      assert.equal(put.status, 200);
      assert.deepEqual(put.body.data, {
        entity: 'goal', code: '1', field: 'title', lang: 'bn', english: 'End poverty in all its forms everywhere', text, status: 'national',
      });
      const content = await call('GET', '/translations/bn/content?entity=goal', null);
      assert.deepEqual(content.body.data[1], { entity: 'goal', code: '1', field: 'title', english: 'End poverty in all its forms everywhere', text, status: 'national' });
      const goal = await call('GET', '/goals/1?lang=bn', null);
      assert.equal(goal.body.data.title, text);
      const [event] = await listAudit(api.store.db, { action: 'translation.content.update' });
      assert.deepEqual([event!.entity, event!.entityId, event!.userId], ['label', 'bn:goal:1:title', admin.userId]);
      assert.deepEqual(event!.oldValue, { text: 'সর্বত্র সব ধরনের দারিদ্র্যের অবসান', status: 'unofficial' });
      assert.deepEqual(event!.newValue, { text, status: 'national' });
      // Loading the shipped unofficial titles again (as every start does) leaves the national text alone.
      assert.equal(await api.store.db.transaction().execute((trx) => loadUnofficialTitles(trx)), 0);
      assert.equal((await call('GET', '/goals/1?lang=bn', null)).body.data.title, text);
      // A repeated indicator's listing code edits the indicator's own title (11.5.1 is indicator 1.5.1).
      const repeated = await call('PUT', '/translations/bn/content', admin, { entity: 'indicator', code: '11.5.1', field: 'title', text: 'দুর্যোগে মৃত্যু' });
      assert.equal(repeated.body.data.code, '1.5.1');
      const unknown = await call('PUT', '/translations/bn/content', admin, { entity: 'target', code: '1.9', field: 'title', text: 'x' });
      assert.deepEqual([unknown.status, unknown.body.error.message], [400, 'parameter code: the framework has no target "1.9"']);
    });

    it('POST /languages adds sw: /site lists it by its own name, its UI strings can be set, and a second add is 409', async () => {
      assert.equal((await call('PUT', '/translations/sw/ui', admin, { 'home.title': 'x' })).status, 404);
      const added = await call('POST', '/languages', admin, { code: 'sw', name: 'Kiswahili', dir: 'ltr' });
      assert.deepEqual([added.status, added.body], [201, { data: { code: 'sw', name: 'Kiswahili', dir: 'ltr' } }]);
      const site = await call('GET', '/site', null);
      assert.deepEqual(site.body.data.languages.at(-1), { code: 'sw', name: 'Kiswahili' });
      assert.ok(site.body.data.languages.some((l: { code: string }) => l.code === 'bn'));
      assert.equal((await call('PUT', '/translations/sw/ui', admin, { 'home.title': 'Kifuatiliaji' })).status, 200);
      assert.equal((await call('POST', '/languages', admin, { code: 'sw', name: 'Kiswahili' })).status, 409);
      assert.equal((await call('POST', '/languages', admin, { code: 'fr', name: 'Français' })).status, 409);
      const rtl = await call('POST', '/languages', admin, { code: 'ckb', name: 'کوردی', dir: 'rtl' });
      assert.equal(rtl.status, 201);
      assert.deepEqual((await call('GET', '/translations/ckb', null)).body.meta, { lang: 'ckb', dir: 'rtl' });
      const [event] = await listAudit(api.store.db, { action: 'language.create', entityId: 'sw' });
      assert.deepEqual(event!.newValue, { code: 'sw', name: 'Kiswahili', dir: 'ltr' });
    });

    it('PUT /translations/{lang}/ui refuses keys that are not strings of the site with 400 naming them, for an added language too', async () => {
      const one = await call('PUT', '/translations/bn/ui', admin, { 'home.title': 'x', 'no.such.key': 'y' });
      assert.deepEqual([one.status, one.body.error.code, one.body.error.message],
        [400, 'BAD_PARAMETER', "parameter no.such.key: is not a string of the site (web/src/i18n/en.json)"]);
      // A group of strings (home) and a key under a string (home.title.x) are not strings either.
      const two = await call('PUT', '/translations/bn/ui', admin, { home: 'x', 'home.title.x': 'y' });
      assert.deepEqual([two.status, two.body.error.message],
        [400, 'parameter home: names the group of strings home.…, not one string; parameter home.title.x: home.title is a string of the site, so nothing can sit under it']);
      assert.equal((await call('POST', '/languages', admin, { code: 'ha', name: 'Hausa', dir: 'ltr' })).status, 201);
      const added = await call('PUT', '/translations/ha/ui', admin, { 'no.such.key': 'y' });
      assert.deepEqual([added.status, added.body.error.message],
        [400, "parameter no.such.key: is not a string of the site (web/src/i18n/en.json)"]);
      assert.equal((await call('PUT', '/translations/ha/ui', admin, { 'site.allGoals': 'Duk manufofi' })).status, 200);
      // Nothing of the refused requests was stored; removing a key (null) needs no check.
      assert.deepEqual((await call('GET', '/translations/ha', null)).body.data, { site: { allGoals: 'Duk manufofi' } });
      assert.equal((await call('PUT', '/translations/ha/ui', admin, { 'no.such.key': null })).status, 200);
    });

    it('PUT /translations/xx/ui for a language the site lacks answers 404 with the code quoted alone', async () => {
      const { status, body } = await call('PUT', '/translations/xx/ui', admin, { 'home.title': 'x' });
      assert.deepEqual([status, body.error.message], [404, 'no language "xx" (add it first with POST /api/v1/languages)']);
    });

    it('refuses a malformed key or language tag (400)', async () => {
      assert.equal((await call('PUT', '/translations/bn/ui', admin, { 'home..title': 'x' })).status, 400);
      assert.equal((await call('POST', '/languages', admin, { code: 'Swahili', name: 'x' })).status, 400);
    });
  });
}
