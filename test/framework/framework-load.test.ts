import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { readFramework } from '../../src/ingest/framework/index.ts';
import { activeFrameworkId, frameworkCounts, titlesOf, type Store } from '../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

describe('readFramework on the bundled UN framework', () => {
  const framework = readFramework();

  it('finds 17 goals, 169 targets, 235 unique indicators in 251 listings', () => {
    assert.equal(framework.goals.length, 17);
    assert.equal(framework.targets.length, 169);
    assert.equal(framework.indicators.length, 235);
    assert.equal(framework.indicators.reduce((n, i) => n + i.listings.length, 0), 251);
  });

  it('keeps a repeated indicator once, under the code it is first listed as, with every listing', () => {
    const disasters = framework.indicators.find((i) => i.unsdCode === 'C200303');
    assert.equal(disasters?.id, '1.5.1');
    assert.deepEqual(disasters?.listings.map((l) => l.code), ['1.5.1', '11.5.1', '13.1.1']);
    assert.equal(framework.indicators.filter((i) => i.listings.length > 1).length, 12);
  });

  it('gives titles in every shipped language and the official goal colours', () => {
    assert.deepEqual(framework.languages, ['ar', 'en', 'es', 'fr', 'ne', 'ru', 'zh-Hans']);
    const goal3 = framework.goals[2];
    assert.equal(goal3?.colour, '#4C9F38');
    assert.equal(goal3?.titles.en?.short, 'Good health and well-being');
    assert.equal(goal3?.titles.fr?.short, 'Bonne santé et bien-être');
    // The 2025 additions have no translation yet: English only.
    assert.deepEqual(Object.keys(framework.indicators.find((i) => i.id === '11.5.3')?.titles ?? {}), ['en']);
  });
});

for (const dialect of STORE_DIALECTS) {
  describe(`prepareStore on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => { ({ store, dispose } = await freshStore(dialect)); });
    after(async () => { await dispose(); });

    it('loads the framework once: 17/169/235/251, and a second call loads nothing', async () => {
      assert.equal(await prepareStore(store), true);
      const id = await activeFrameworkId(store.db);
      assert.equal(id, 'un-gif-2025');
      assert.deepEqual(await frameworkCounts(store.db, id!), { goals: 17, targets: 169, indicators: 235, listings: 251 });
      assert.equal(await prepareStore(store), false);
      assert.deepEqual(await frameworkCounts(store.db, id!), { goals: 17, targets: 169, indicators: 235, listings: 251 });
    });

    it('titlesOf answers the asked language and falls back to English per entity', async () => {
      const titles = await titlesOf(store.db, 'un-gif-2025', 'indicator', 'es');
      assert.equal(titles.get('3.2.1')?.title, 'Tasa de mortalidad de niños menores de 5 años');
      assert.equal(titles.get('11.5.3')?.title?.startsWith('(a) Damage to critical infrastructure'), true);
    });
  });
}
