import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  deleteOrganisation, getOrganisation, insertUser, listOrganisations, listResponsibilities, organisationName, organisationUsage,
  replaceResponsibilities, responsibilityCounts, saveOrganisations, type Store,
} from '../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const NOW = '2026-11-29T10:00:00.000Z';

for (const dialect of STORE_DIALECTS) {
  describe(`organisations and responsibilities in the store on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await store.db.transaction().execute((trx) => saveOrganisations(trx, [
        { id: 'MOHFW', parent: null, name: 'Ministry of Health and Family Welfare', kind: 'ministry', names: { bn: 'স্বাস্থ্য ও পরিবার কল্যাণ মন্ত্রণালয়' } },
        { id: 'HSD', parent: 'MOHFW', name: 'Health Services Division', kind: 'division', names: { bn: 'স্বাস্থ্য সেবা বিভাগ' } },
        { id: 'DGHS', parent: 'HSD', name: 'Directorate General of Health Services', kind: 'agency' },
        { id: 'BBS', parent: null, name: 'Bangladesh Bureau of Statistics', kind: 'statistics_office', names: { bn: 'বাংলাদেশ পরিসংখ্যান ব্যুরো' } },
      ], ['bn']));
    });
    after(async () => dispose?.());

    it('saveOrganisations stores the tree in order with Bengali names as labels', async () => {
      const orgs = await listOrganisations(store.db);
      assert.deepEqual(orgs.map((o) => [o.id, o.parent, o.sortOrder]), [['MOHFW', null, 0], ['HSD', 'MOHFW', 1], ['DGHS', 'HSD', 2], ['BBS', null, 3]]);
      assert.equal(organisationName(orgs[1]!, 'bn'), 'স্বাস্থ্য সেবা বিভাগ');
      assert.equal(organisationName(orgs[2]!, 'bn'), 'Directorate General of Health Services');
    });

    it('saveOrganisations replaces names only of the languages it is given', async () => {
      await store.db.transaction().execute((trx) => saveOrganisations(trx,
        [{ id: 'BBS', parent: null, name: 'Bangladesh Bureau of Statistics', kind: 'statistics_office', names: { fr: 'Bureau des statistiques du Bangladesh' } }], ['fr']));
      assert.deepEqual((await getOrganisation(store.db, 'BBS'))?.names, { bn: 'বাংলাদেশ পরিসংখ্যান ব্যুরো', fr: 'Bureau des statistiques du Bangladesh' });
      await store.db.transaction().execute((trx) => saveOrganisations(trx,
        [{ id: 'BBS', parent: null, name: 'Bangladesh Bureau of Statistics', kind: 'statistics_office', names: {} }], ['fr']));
      assert.deepEqual((await getOrganisation(store.db, 'BBS'))?.names, { bn: 'বাংলাদেশ পরিসংখ্যান ব্যুরো' });
      assert.equal((await getOrganisation(store.db, 'BBS'))?.sortOrder, 3);
    });

    it('replaceResponsibilities for one indicator adds, changes and removes pairs, leaving other indicators alone', async () => {
      await store.db.transaction().execute((trx) => replaceResponsibilities(trx, [
        { indicatorId: '3.2.1', organisationId: 'HSD', role: 'lead' }, { indicatorId: '3.2.1', organisationId: 'DGHS', role: 'associate' },
        { indicatorId: '3.1.1', organisationId: 'HSD', role: 'lead' },
      ]));
      const changes = await store.db.transaction().execute((trx) => replaceResponsibilities(trx, [
        { indicatorId: '3.2.1', organisationId: 'DGHS', role: 'lead' }, { indicatorId: '3.2.1', organisationId: 'BBS', role: 'co_lead' },
      ], '3.2.1'));
      assert.deepEqual(changes, {
        added: [{ indicatorId: '3.2.1', organisationId: 'BBS', role: 'co_lead' }],
        removed: [{ indicatorId: '3.2.1', organisationId: 'HSD', role: 'lead' }],
        changed: [{ indicatorId: '3.2.1', organisationId: 'DGHS', from: 'associate', to: 'lead' }],
        unchanged: 0,
      });
      assert.deepEqual(await listResponsibilities(store.db), [
        { indicatorId: '3.1.1', organisationId: 'HSD', role: 'lead' },
        { indicatorId: '3.2.1', organisationId: 'DGHS', role: 'lead' },
        { indicatorId: '3.2.1', organisationId: 'BBS', role: 'co_lead' },
      ]);
    });

    it('the store refuses a second lead of an indicator', async () => {
      await assert.rejects(store.db.transaction().execute((trx) => trx.insertInto('indicator_responsibilities')
        .values({ indicator_id: '3.2.1', organisation_id: 'HSD', role: 'lead' }).execute()));
      assert.equal((await listResponsibilities(store.db, { indicatorId: '3.2.1' })).length, 2);
    });

    it('responsibilityCounts counts leads, co-leads and associates per organisation', async () => {
      const counts = await responsibilityCounts(store.db);
      assert.deepEqual(Object.fromEntries(counts), {
        HSD: { lead: 1, coLead: 0, associate: 0 }, DGHS: { lead: 1, coLead: 0, associate: 0 }, BBS: { lead: 0, coLead: 1, associate: 0 },
      });
    });

    it('organisationUsage counts users, children and submissions; deleteOrganisation removes names and responsibilities', async () => {
      await insertUser(store.db, { username: 'rahim.hsd', displayName: 'Rahim', role: 'provider', passwordHash: 'x', organisations: ['HSD'] }, NOW);
      assert.deepEqual(await organisationUsage(store.db, 'HSD'), { users: 1, children: 1, openSubmissions: 0, approvedSubmissions: 0 });
      assert.deepEqual(await organisationUsage(store.db, 'BBS'), { users: 0, children: 0, openSubmissions: 0, approvedSubmissions: 0 });
      await store.db.transaction().execute((trx) => deleteOrganisation(trx, 'BBS'));
      assert.equal(await getOrganisation(store.db, 'BBS'), null);
      assert.deepEqual(await listResponsibilities(store.db, { organisationIds: ['BBS'] }), []);
      const labels = await store.db.selectFrom('labels').select('entity_id').where('entity', '=', 'organisation').where('entity_id', '=', 'BBS').execute();
      assert.deepEqual(labels, []);
    });
  });
}
