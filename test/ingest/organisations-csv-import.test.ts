import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { BUNDLED_COUNTRY_DIR, loadCountryBundle, type BundleReport } from '../../src/ingest/country-bundle/index.ts';
import { importOrganisations, importResponsibilities } from '../../src/ingest/organisations-csv/index.ts';
import {
  getOrganisation, listAudit, listResponsibilities, responsibilityStatus, type Db, type Store,
} from '../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const AT = '2026-11-29T10:00:00.000Z';
const ORGS = [
  'id,parent_id,name,kind,name_bn',
  'MOP,,Ministry of Planning,ministry,পরিকল্পনা মন্ত্রণালয়',
  'SID,MOP,Statistics and Informatics Division,division,পরিসংখ্যান ও তথ্য ব্যবস্থাপনা বিভাগ',
  'BBS,SID,Bangladesh Bureau of Statistics,statistics_office,বাংলাদেশ পরিসংখ্যান ব্যুরো',
  'HSD,,Health Services Division,division,স্বাস্থ্য সেবা বিভাগ',
].join('\n');
const MAPPING = 'indicator,organisation,role\n3.2.1,HSD,lead\n3.2.1,BBS,co_lead\n11.5.1,SID,lead\n';

/** The rows of the tables an organisation or responsibility import writes, sorted: what "unchanged" means. */
async function tables(db: Db): Promise<Record<string, string[]>> {
  const rows = async (q: Promise<object[]>): Promise<string[]> => (await q).map((r) => JSON.stringify(r)).sort();
  return {
    organisations: await rows(db.selectFrom('organisations').selectAll().execute()),
    labels: await rows(db.selectFrom('labels').selectAll().where('entity', '=', 'organisation').execute()),
    responsibilities: await rows(db.selectFrom('indicator_responsibilities').selectAll().execute()),
    settings: await rows(db.selectFrom('settings').selectAll().execute()),
    audit: await rows(db.selectFrom('audit_events').selectAll().execute()),
  };
}

for (const dialect of STORE_DIALECTS) {
  describe(`organisation and responsibility imports on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    const orgs = (text: string) => store.db.transaction().execute((trx) => importOrganisations(trx, text, { file: 'organisations.csv', userId: null, at: AT }));
    const mapping = (text: string, illustrative = false) => store.db.transaction().execute((trx) =>
      importResponsibilities(trx, text, { file: 'responsibilities.csv', userId: null, at: AT, illustrative }));
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await prepareStore(store);
    });
    after(async () => dispose?.());

    it('importOrganisations creates the tree with Bengali names and audit events; the same file again changes nothing', async () => {
      const first = await orgs(ORGS);
      assert.deepEqual([first.written, first.created, first.updated, first.unchanged], [true, ['MOP', 'SID', 'BBS', 'HSD'], [], 0]);
      assert.deepEqual(await getOrganisation(store.db, 'BBS'), {
        id: 'BBS', parent: 'SID', name: 'Bangladesh Bureau of Statistics', kind: 'statistics_office', names: { bn: 'বাংলাদেশ পরিসংখ্যান ব্যুরো' }, sortOrder: 2,
      });
      assert.deepEqual((await listAudit(store.db, { entity: 'organisation' })).map((e) => `${e.action} ${e.entityId}`),
        ['organisation.create MOP', 'organisation.create SID', 'organisation.create BBS', 'organisation.create HSD', 'organisation.import *']);
      const before = await tables(store.db);
      const again = await orgs(ORGS);
      assert.deepEqual([again.written, again.created, again.updated, again.unchanged], [true, [], [], 4]);
      assert.deepEqual(await tables(store.db), before);
    });

    it('importOrganisations with one bad row writes nothing and reports every row as refused', async () => {
      const before = await tables(store.db);
      const report = await orgs(`${ORGS.replace('Health Services Division', 'Health Services')}\nDGHS,HSD,Directorate General of Health Services,directorate,`);
      assert.equal(report.written, false);
      assert.deepEqual([report.rowsRead, report.rowsStored, report.rowsRejected], [5, 0, 5]);
      assert.deepEqual(report.rejects, [{ file: 'organisations.csv', line: 6, column: 'kind', reason: '"directorate" is not a kind (ministry, division, agency, statistics_office, sdg_office, other)' }]);
      assert.deepEqual(await tables(store.db), before);
    });

    it('importOrganisations updates a changed name and records old and new value', async () => {
      const report = await orgs(ORGS.replace('স্বাস্থ্য সেবা বিভাগ', 'স্বাস্থ্য সেবা বিভাগ (স্বাস্থ্য ও পরিবার কল্যাণ মন্ত্রণালয়)'));
      assert.deepEqual([report.created, report.updated, report.unchanged], [[], ['HSD'], 3]);
      const [update] = await listAudit(store.db, { action: 'organisation.update', entityId: 'HSD' });
      assert.deepEqual([update?.oldValue, update?.newValue], [
        { id: 'HSD', parent: null, name: 'Health Services Division', kind: 'division', names: { bn: 'স্বাস্থ্য সেবা বিভাগ' } },
        { id: 'HSD', parent: null, name: 'Health Services Division', kind: 'division', names: { bn: 'স্বাস্থ্য সেবা বিভাগ (স্বাস্থ্য ও পরিবার কল্যাণ মন্ত্রণালয়)' } },
      ]);
    });

    it('importResponsibilities stores the mapping under unique indicator ids and marks it official', async () => {
      const report = await mapping(MAPPING);
      assert.deepEqual([report.written, report.status, report.added, report.indicators], [true, 'official', 3, 2]);
      assert.deepEqual(await listResponsibilities(store.db), [
        { indicatorId: '1.5.1', organisationId: 'SID', role: 'lead' },
        { indicatorId: '3.2.1', organisationId: 'HSD', role: 'lead' },
        { indicatorId: '3.2.1', organisationId: 'BBS', role: 'co_lead' },
      ]);
      assert.equal(await responsibilityStatus(store.db), 'official');
    });

    it('importResponsibilities with a second lead leaves the mapping and its status as they were', async () => {
      const before = await tables(store.db);
      const report = await mapping('indicator,organisation,role\n3.2.1,HSD,lead\n3.2.1,BBS,lead\n', true);
      assert.deepEqual(report.rejects, [{ file: 'responsibilities.csv', line: 3, column: 'role', reason: 'indicator 3.2.1 already has a lead: HSD (line 2)' }]);
      assert.deepEqual([report.written, report.status, report.rowsStored, report.rowsRejected], [false, 'official', 0, 2]);
      assert.deepEqual(await tables(store.db), before);
    });

    it('importResponsibilities replaces the whole mapping, moving a lead, and the same file again changes nothing', async () => {
      const report = await mapping('indicator,organisation,role\n3.2.1,BBS,lead\n3.2.1,HSD,co-lead\n');
      assert.deepEqual([report.added, report.removed, report.changed, report.unchanged], [0, 1, 2, 0]);
      assert.deepEqual(await listResponsibilities(store.db), [
        { indicatorId: '3.2.1', organisationId: 'BBS', role: 'lead' },
        { indicatorId: '3.2.1', organisationId: 'HSD', role: 'co_lead' },
      ]);
      const before = await tables(store.db);
      const again = await mapping('indicator,organisation,role\n3.2.1,BBS,lead\n3.2.1,HSD,co-lead\n');
      assert.deepEqual([again.added, again.removed, again.changed, again.unchanged], [0, 0, 0, 2]);
      assert.deepEqual(await tables(store.db), before);
    });
  });

  describe(`loadCountryBundle on ${dialect} loads Bangladesh's organisations and illustrative responsibility`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let report: BundleReport;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await prepareStore(store);
      report = await loadCountryBundle(store, BUNDLED_COUNTRY_DIR);
    });
    after(async () => dispose?.());

    it('stores 76 organisations with Bengali names under the national SDG office, GED and BBS', async () => {
      const { organisations } = report.governance;
      assert.deepEqual([organisations?.written, organisations?.created.length, organisations?.rejects], [true, 76, []]);
      assert.equal(Number((await store.db.selectFrom('organisations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n), 76);
      assert.deepEqual(await getOrganisation(store.db, 'BBS'), {
        id: 'BBS', parent: 'SID', name: 'Bangladesh Bureau of Statistics', kind: 'statistics_office', names: { bn: 'বাংলাদেশ পরিসংখ্যান ব্যুরো' }, sortOrder: 6,
      });
      assert.equal((await getOrganisation(store.db, 'SDGA'))?.kind, 'sdg_office');
      assert.equal((await getOrganisation(store.db, 'GED'))?.parent, 'MOP');
    });

    it('stores 596 responsibilities for 184 indicators, marked illustrative', async () => {
      const { responsibilities } = report.governance;
      assert.deepEqual([responsibilities?.written, responsibilities?.rowsStored, responsibilities?.indicators, responsibilities?.status], [true, 596, 184, 'illustrative']);
      const all = await listResponsibilities(store.db);
      assert.deepEqual(['lead', 'co_lead', 'associate'].map((role) => all.filter((r) => r.role === role).length), [184, 138, 274]);
      assert.equal(await responsibilityStatus(store.db), 'illustrative');
      assert.deepEqual(await listResponsibilities(store.db, { indicatorId: '3.2.1' }), [
        { indicatorId: '3.2.1', organisationId: 'HSD', role: 'lead' },
        { indicatorId: '3.2.1', organisationId: 'BBS', role: 'co_lead' },
        { indicatorId: '3.2.1', organisationId: 'DGHS', role: 'associate' },
        { indicatorId: '3.2.1', organisationId: 'MEFWD', role: 'associate' },
      ]);
    });

    it('gives every indicator with observations exactly one lead', async () => {
      const withData = await store.db.selectFrom('series_indicators as si').innerJoin('indicator_listings as l', 'l.code', 'si.indicator_id')
        .select('l.indicator_id').distinct()
        .where((eb) => eb.exists(eb.selectFrom('observations as o').select('o.id').whereRef('o.series_code', '=', 'si.series_code')))
        .execute();
      const leads = (await listResponsibilities(store.db)).filter((r) => r.role === 'lead').map((r) => r.indicatorId);
      assert.equal(withData.length, 184);
      assert.deepEqual([...leads].sort(), withData.map((r) => r.indicator_id).sort());
    });

    it('loaded again, changes no organisation, responsibility, setting or audit event', async () => {
      const before = await tables(store.db);
      const again = await loadCountryBundle(store, BUNDLED_COUNTRY_DIR);
      assert.deepEqual([again.governance.organisations?.unchanged, again.governance.responsibilities?.unchanged], [76, 596]);
      assert.deepEqual(await tables(store.db), before);
    });
  });
}
