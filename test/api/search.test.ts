import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Db, Store } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn } from '../support/auth.ts';
import { observation, year } from '../support/builders.ts';
import { seedUnderFiveMortality } from '../support/country-seed.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

/** A Bangla title of 3.2.1 ("rate of death of children under five years of age") and English metadata. */
const BANGLA_3_2_1 = 'পাঁচ বছরের কম বয়সী শিশু মৃত্যুর হার';

async function seed(store: Store): Promise<void> {
  await seedUnderFiveMortality(store, 'test:u5mr', [observation({ period: year('2021'), dimensions: { AGE: 'Y0T4' }, value: 27.3 })], async (trx: Db) => {
    const scope = (await trx.selectFrom('framework_versions').select('id').where('is_active', '=', 1).executeTakeFirstOrThrow()).id;
    await trx.deleteFrom('labels').where('scope', '=', scope).where('entity', '=', 'indicator').where('entity_id', '=', '3.2.1').where('lang', '=', 'bn').execute();
    await trx.insertInto('labels').values({ scope, entity: 'indicator', entity_id: '3.2.1', lang: 'bn', field: 'title', text: BANGLA_3_2_1 }).execute();
    await trx.insertInto('indicator_metadata').values({
      indicator_id: '3.2.1', lang: 'en',
      content: JSON.stringify({ graph_type: 'line', source_organisation_1: 'Bangladesh Bureau of Statistics', data_nature: '<p>Sample Vital Registration System</p>' }),
    }).execute();
  });
}

type Hit = { type: string; code: string; goal: string; title: string; score: number; matchedLang: string; snippet: { field: string; text: string; highlights: [number, number][] } };

for (const dialect of STORE_DIALECTS) {
  describe(`GET /search on ${dialect} over the framework and Bangladesh under-five mortality`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, seed);
    const search = async (query: string): Promise<{ status: number; body: any; hits: Hit[] }> => {
      const r = await answer(api.app, `/api/v1/search?${query}`);
      return { ...r, hits: r.body?.data ?? [] };
    };
    const first = async (query: string): Promise<Hit> => {
      const { status, hits } = await search(query);
      assert.equal(status, 200);
      assert.ok(hits[0], `a result for ${query}`);
      return hits[0]!;
    };

    it('q=under-five&type=indicator finds 3.2.1 by its series name, with the matched words marked', async () => {
      const hit = await first('q=under-five&type=indicator');
      assert.deepEqual({ ...hit, score: undefined }, {
        type: 'indicator', code: '3.2.1', goal: '3', title: 'Under‑5 mortality rate', score: undefined, matchedLang: 'en',
        snippet: { field: 'series', text: 'Under-five mortality rate', highlights: [[0, 5], [6, 10]] },
      });
      assert.ok(hit.score > 0);
    });

    it('a word of each language finds 3.2.1 in that language: fr, es, ar (with and without tashkeel), ru, zh-Hans', async () => {
      const cases: [string, string, string][] = [
        ['fr', 'mortalité enfants', 'Taux de mortalité des enfants de moins de 5 ans'],
        ['fr', 'mortalite enfants', 'Taux de mortalité des enfants de moins de 5 ans'],
        ['es', 'mortalidad niños menores', 'Tasa de mortalidad de niños menores de 5 años'],
        ['ar', 'وفيات الأطفال', 'معدل وفيات الأطفال دون سن الخامسة'],
        ['ar', 'وَفَيَات الأَطْفَال', 'معدل وفيات الأطفال دون سن الخامسة'],
        ['ru', 'смертности детей', 'Коэффициент смертности детей в возрасте до пяти лет'],
        ['zh-Hans', '儿童死亡率', '5岁以下儿童死亡率'],
      ];
      for (const [lang, q, title] of cases) {
        const hit = await first(`q=${encodeURIComponent(q)}&lang=${lang}&type=indicator`);
        assert.deepEqual([hit.code, hit.title, hit.matchedLang, hit.snippet.field], ['3.2.1', title, lang, 'title'], `${lang}: ${q}`);
      }
    });

    it('lang=bn finds 3.2.1 by a Bengali word of its Bangla title, and by an English word after it', async () => {
      const bangla = await first(`q=${encodeURIComponent('শিশু মৃত্যুর')}&lang=bn`);
      assert.deepEqual([bangla.code, bangla.title, bangla.matchedLang], ['3.2.1', BANGLA_3_2_1, 'bn']);
      assert.deepEqual(bangla.snippet.highlights.map(([a, b]) => bangla.snippet.text.slice(a, b)), ['শিশু', 'মৃত্যুর']);
      const { hits } = await search('q=under-five&lang=bn');
      const english = hits.find((h) => h.code === '3.2.1')!;
      assert.deepEqual([english.title, english.matchedLang], [BANGLA_3_2_1, 'en'], 'the title in Bangla, the match in English');
    });

    it('an English word finds metadata: "Bureau of Statistics" in source_organisation_1, HTML taken out of data_nature', async () => {
      const hit = await first('q=bureau%20statistics');
      assert.deepEqual([hit.code, hit.snippet.field, hit.snippet.text], ['3.2.1', 'metadata.source_organisation_1', 'Bangladesh Bureau of Statistics']);
      const nature = await first('q=vital%20registration');
      assert.deepEqual([nature.code, nature.snippet.field, nature.snippet.text], ['3.2.1', 'metadata.data_nature', 'Sample Vital Registration System']);
      assert.equal((await search('q=line&type=indicator')).hits.some((h) => h.snippet.field === 'metadata.graph_type'), false, 'configuration fields are not searched');
    });

    it('codes: "3.2.1" and "৩.২.১" find the indicator first; "3.2" the target, then its indicators 3.2.1 and 3.2.2', async () => {
      for (const q of ['3.2.1', '৩.২.১']) {
        const { hits } = await search(`q=${encodeURIComponent(q)}&lang=bn`);
        assert.deepEqual([hits[0]!.type, hits[0]!.code, hits[0]!.score], ['indicator', '3.2.1', 100], q);
      }
      const { hits } = await search('q=3.2');
      assert.deepEqual(hits.slice(0, 3).map((h) => [h.type, h.code, h.score]), [['target', '3.2', 100], ['indicator', '3.2.1', 50], ['indicator', '3.2.2', 50]]);
      const goal = await first('q=3&type=goal');
      assert.deepEqual([goal.code, goal.title], ['3', 'Ensure healthy lives and promote well-being for all at all ages']);
    });

    it('French "pauvreté" typed "pauvrete" finds goal 1 first; type and limit cut the list, page.total counts them all', async () => {
      const { body, hits } = await search('q=pauvrete&lang=fr&limit=2');
      assert.deepEqual([hits[0]!.type, hits[0]!.code, hits[0]!.matchedLang], ['goal', '1', 'fr']);
      assert.equal(hits.length, 2);
      assert.ok(body.page.total > 2);
      const targets = await search('q=pauvrete&lang=fr&type=target');
      assert.ok(targets.hits.length > 0 && targets.hits.every((h) => h.type === 'target'));
    });

    it('lang the site does not offer falls back to English as every route does, and meta.lang says so; an offered lang is kept', async () => {
      const unknown = await search('q=poverty&lang=zz&type=goal');
      assert.equal(unknown.status, 200);
      assert.deepEqual(unknown.body.meta, { lang: 'en' });
      assert.deepEqual([unknown.hits[0]!.code, unknown.hits[0]!.title, unknown.hits[0]!.matchedLang], ['1', 'End poverty in all its forms everywhere', 'en']);
      assert.deepEqual((await search('q=pauvrete&lang=fr')).body.meta, { lang: 'fr' });
      assert.deepEqual((await search('q=poverty')).body.meta, { lang: 'en' });
    });

    it('an empty q or an unknown type answers 400 BAD_PARAMETER naming the parameter', async () => {
      const empty = await search('q=%20');
      assert.deepEqual([empty.status, empty.body.error.code], [400, 'BAD_PARAMETER']);
      assert.match(empty.body.error.message, /^parameter q:/);
      const type = await search('q=poverty&type=series');
      assert.deepEqual([type.status, type.body.error.code], [400, 'BAD_PARAMETER']);
      assert.match(type.body.error.message, /^parameter type:/);
    });

    it('a title the national office edits (PUT /translations/fr/content) is found at the next search: the index is rebuilt', async () => {
      assert.equal((await search('q=zanzibarique&lang=fr')).hits.length, 0);
      const admin = await signIn(api.store.db, 'admin');
      const put = await answer(api.app, {
        method: 'PUT', url: '/api/v1/translations/fr/content', headers: admin.headers,
        payload: { entity: 'indicator', code: '3.2.2', field: 'title', text: 'Zanzibarique mortalité néonatale' },
      });
      assert.equal(put.status, 200);
      const hit = await first('q=zanzibarique&lang=fr');
      assert.deepEqual([hit.code, hit.title, hit.matchedLang], ['3.2.2', 'Zanzibarique mortalité néonatale', 'fr']);
    });
  });
}
