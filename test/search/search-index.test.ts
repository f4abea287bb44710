import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSearchIndex, makeSnippet, queryIndex, type SearchDocument } from '../../src/search/index.ts';

/** A document with defaults; titles are the official ones (UN Statistics Division) or the bundled Bangla ones. */
function doc(id: string, title: string, more: Partial<SearchDocument> = {}): SearchDocument {
  const [type, code] = id.split(':') as [SearchDocument['type'], string];
  return { id, type, code, codes: code, goal: code.split('.')[0]!, title, short: '', series: '', metadata: {}, ...more };
}

const ids = (matches: { document: SearchDocument }[]): string[] => matches.map((m) => m.document.id);

describe('queryIndex over one language\'s index', () => {
  it('finds the Bengali word "দারিদ্র্য" inside a title, also where the title inflects it ("দারিদ্র্যের")', () => {
    const bn = buildSearchIndex('bn', [
      doc('goal:1', 'সর্বত্র সব ধরনের দারিদ্র্যের অবসান'),
      doc('indicator:1.2.1', 'জাতীয় দারিদ্র্য সীমার নিচে বসবাসকারী জনসংখ্যার অনুপাত'),
      doc('goal:2', 'ক্ষুধার অবসান'),
    ]);
    assert.deepEqual(ids(queryIndex(bn, 'দারিদ্র্য')), ['indicator:1.2.1', 'goal:1'], 'the whole word first, then the inflected one');
  });

  it('finds Arabic with and without tashkeel, with and without the article', () => {
    const ar = buildSearchIndex('ar', [doc('goal:1', 'القضاء على الفقر بجميع أشكاله في كل مكان'), doc('goal:2', 'القضاء التام على الجوع')]);
    for (const q of ['الفقر', 'الفَقْر', 'فقر', 'فَقْر']) assert.deepEqual(ids(queryIndex(ar, q)), ['goal:1'], q);
    const vowelled = buildSearchIndex('ar', [doc('goal:1', 'القَضاء على الفَقْر')]);
    assert.deepEqual(ids(queryIndex(vowelled, 'الفقر')), ['goal:1'], 'a vowelled title is found by a plain word');
  });

  it('finds French "pauvreté" by "pauvrete", "Pauvreté" and the misspelt "pauvretée"', () => {
    const fr = buildSearchIndex('fr', [doc('goal:1', 'Éliminer la pauvreté sous toutes ses formes et partout dans le monde'), doc('goal:2', 'Éliminer la faim')]);
    for (const q of ['pauvrete', 'Pauvreté', 'pauvretée', 'pauv']) assert.deepEqual(ids(queryIndex(fr, q)), ['goal:1'], q);
  });

  it('does no fuzzy matching outside Latin: a Bengali word one letter off finds nothing', () => {
    const bn = buildSearchIndex('bn', [doc('goal:2', 'ক্ষুধার অবসান')]);
    assert.deepEqual(ids(queryIndex(bn, 'অবসান')), ['goal:2']);
    assert.deepEqual(ids(queryIndex(bn, 'অবমান')), []);
  });

  it('finds Chinese words segmented inside a title and a code typed in Bengali digits', () => {
    const zh = buildSearchIndex('zh-Hans', [doc('target:1.1', '到2030年，在全球所有人口中消除极端贫困'), doc('indicator:3.2.1', '5岁以下儿童死亡率')]);
    assert.deepEqual(ids(queryIndex(zh, '贫困')), ['target:1.1']);
    assert.deepEqual(ids(queryIndex(zh, '死亡率')), ['indicator:3.2.1']);
    assert.deepEqual(ids(queryIndex(zh, '৩.২.১')), ['indicator:3.2.1']);
  });

  it('needs every word when some document has them all, and names the matched metadata field first by weight', () => {
    const en = buildSearchIndex('en', [
      doc('indicator:3.2.1', 'Under-5 mortality rate', { series: 'Under-five mortality rate', metadata: { source_organisation_1: 'Bangladesh Bureau of Statistics' } }),
      doc('indicator:3.2.2', 'Neonatal mortality rate'),
    ]);
    const [hit, ...rest] = queryIndex(en, 'mortality bureau');
    assert.equal(hit!.document.id, 'indicator:3.2.1');
    assert.deepEqual(rest, []);
    assert.deepEqual(hit!.fields.map((f) => f.field), ['title', 'series', 'meta:source_organisation_1']);
    assert.equal(queryIndex(en, 'neonatal', 'goal').length, 0, 'the type filter applies');
  });
});

describe('makeSnippet cuts the matched field around the match', () => {
  it('marks the matched words of a short field in place', () => {
    assert.deepEqual(makeSnippet('title', 'Éliminer la pauvreté', ['pauvrete']), { field: 'title', text: 'Éliminer la pauvreté', highlights: [[12, 20]] });
  });

  it('cuts a long field to about 160 characters, starting at a word before the match, with ellipses', () => {
    const text = `${'word '.repeat(40)}poverty line ${'more '.repeat(40)}`.trim();
    const s = makeSnippet('metadata.definition', text, ['poverty']);
    assert.ok(s.text.startsWith('… word'));
    assert.ok(s.text.endsWith(' …'));
    assert.ok(s.text.length <= 166);
    const [[a, b]] = s.highlights as [[number, number]];
    assert.equal(s.text.slice(a, b), 'poverty');
  });
});
