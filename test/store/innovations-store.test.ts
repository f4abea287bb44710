import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import type { InnovationCase, Replication, TcvMeasurement } from '../../src/domain/index.ts';
import {
  answerCooperationRequest, getInnovationCase, InnovationCaseError, listCooperationAnswers, listCooperationRequests,
  listInnovationCases, listReplications, listTcvMeasurements, replaceTcvMeasurements, saveCooperationRequest, saveInnovationCase,
  saveReplication, upsertInnovationOrganisations, type Store,
} from '../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const NOW = '2026-11-29T10:00:00.000Z';

/** A case with defaults and overrides. */
function innovation(id: string, overrides: Partial<InnovationCase> = {}): InnovationCase {
  return {
    id, title: id, summary: null, problem: null, solution: null, countryIso3: 'BGD', countries: [], administrativeLevel: null, startDate: null,
    types: ['service'], tags: [], goals: [], targets: [], stage: null, stageHistory: [], organisations: [],
    coverage: { unitsLive: null, unitsEligible: null, asOf: null }, institutionalisation: { legalBasis: null, budgetLine: null, mandatoryFrom: null },
    transferability: { prerequisites: null, openSourceLicence: null }, evidence: [], contacts: [], contentLicence: null, website: null,
    status: 'published', seedKey: null, origin: null, ...overrides,
  };
}

const BIRTHS = innovation('bgd-online-birth-registration', {
  title: 'Online birth registration', summary: 'Births registered at union digital centres', problem: 'Few births registered before age one',
  administrativeLevel: 'union', startDate: '2011-01-01', types: ['service', 'technology'], tags: ['civil registration', 'birth'],
  targets: ['16.9'], stage: 'national',
  stageHistory: [{ stage: 'pilot', date: '2011-01-01', note: null }, { stage: 'national', date: '2013-07-01', note: 'all unions' }],
  organisations: [{ organisationId: 'a2i', role: 'lead' }, { organisationId: 'lgd', role: 'partner' }],
  coverage: { unitsLive: 4554, unitsEligible: 4554, asOf: '2020-12-31' },
  institutionalisation: { legalBasis: 'Birth and Death Registration Act 2004', budgetLine: null, mandatoryFrom: null },
  evidence: [
    { id: 'births-claim', kind: 'press release', metric: 'registrations', before: null, after: null, unit: null, period: '2020', sampleSize: null,
      strength: 'official_claim', sourceTitle: 'Press release', sourceUrl: 'https://example.gov.bd/news', sourceLicence: null, notes: null },
  ],
  contacts: [
    { name: 'Registrar General', roleTitle: 'office', email: null, consentPublic: true },
    { name: 'A. Person', roleTitle: 'officer', email: 'person@example.org', consentPublic: false },
  ],
});

const LAND = innovation('bgd-e-mutation', {
  title: 'e-Mutation', tags: ['land'], goals: ['1'], stage: 'institutionalised',
  evidence: [{ id: 'land-study', kind: 'cost-benefit study', metric: 'cost', before: '1045', after: '80', unit: 'BDT', period: '2016', sampleSize: null,
    strength: 'independent', sourceTitle: 'Bangladesh Priorities', sourceUrl: null, sourceLicence: 'CC-BY-4.0', notes: null }],
});

const XROAD = innovation('dpg-x-road', {
  title: 'X-Road', countryIso3: null, countries: ['EST', 'FIN'], types: ['technology'], goals: ['16', '9'], stage: 'replicated_abroad', status: 'published',
});

const DRAFT = innovation('bgd-draft', { title: 'Unfinished birth idea', status: 'draft', targets: ['16.9'] });

for (const dialect of STORE_DIALECTS) {
  describe(`innovation cases, TCV figures, replications and requests in the store on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await prepareStore(store);
      await store.db.transaction().execute(async (trx) => {
        await upsertInnovationOrganisations(trx, [
          { id: 'a2i', name: 'a2i (Aspire to Innovate)', countryIso3: 'BGD', website: null, localOrganisationId: null },
          { id: 'lgd', name: 'Local Government Division', countryIso3: 'BGD', website: null, localOrganisationId: null },
          { id: 'niis', name: 'NIIS', countryIso3: 'EST', website: null, localOrganisationId: null },
        ]);
        for (const c of [BIRTHS, LAND, XROAD, DRAFT]) await saveInnovationCase(trx, c, NOW);
      });
    });
    after(async () => dispose?.());

    it('saveInnovationCase then getInnovationCase gives the case back whole, goal 16 added from target 16.9, private contacts left out', async () => {
      const got = await getInnovationCase(store.db, BIRTHS.id);
      assert.deepEqual(got, { ...BIRTHS, countries: ['BGD'], goals: ['16'], types: ['service', 'technology'], tags: ['birth', 'civil registration'],
        organisations: [{ organisationId: 'a2i', role: 'lead' }, { organisationId: 'lgd', role: 'partner' }],
        contacts: [{ name: 'Registrar General', roleTitle: 'office', email: null, consentPublic: true }] });
      const all = await getInnovationCase(store.db, BIRTHS.id, { contacts: 'all' });
      assert.deepEqual(all?.contacts.map((c) => c.email), [null, 'person@example.org']);
      assert.equal(await getInnovationCase(store.db, 'no-such-case'), null);
    });

    it('saveInnovationCase refuses a target code the framework lacks, naming it, and writes nothing', async () => {
      await assert.rejects(
        store.db.transaction().execute((trx) => saveInnovationCase(trx, innovation('bad', { targets: ['16.9', '16.99'] }), NOW)),
        (e: unknown) => e instanceof InnovationCaseError && e.field === 'targets' && e.message === 'innovation case bad: target 16.99 is not in the framework',
      );
      assert.equal(await getInnovationCase(store.db, 'bad'), null);
      await assert.rejects(
        store.db.transaction().execute((trx) => saveInnovationCase(trx, innovation('bad', { goals: ['18'] }), NOW)), /goal 18 is not in the framework/,
      );
    });

    it('saveInnovationCase again replaces the children and keeps created_at', async () => {
      const later = '2026-11-30T00:00:00.000Z';
      await store.db.transaction().execute((trx) => saveInnovationCase(trx, { ...LAND, tags: ['land', 'digital'] }, later));
      const row = await store.db.selectFrom('innovation_cases').select(['created_at', 'updated_at']).where('id', '=', LAND.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { created_at: NOW, updated_at: later });
      assert.deepEqual((await getInnovationCase(store.db, LAND.id))?.tags, ['digital', 'land']);
    });

    it('listInnovationCases filters by country, goal, target, stage, type, evidence strength and text, published only by default', async () => {
      const ids = async (f: Parameters<typeof listInnovationCases>[1]) => (await listInnovationCases(store.db, f)).cases.map((c) => c.id);
      // By title ignoring case: "e-mutation" < "online birth registration" < "x-road"; the draft only with status 'all'.
      assert.deepEqual(await ids({}), [LAND.id, BIRTHS.id, XROAD.id]);
      assert.deepEqual(await ids({ country: 'fin' }), [XROAD.id]); // a development country
      assert.deepEqual(await ids({ country: 'BGD' }), [LAND.id, BIRTHS.id]);
      assert.deepEqual(await ids({ goal: '16' }), [BIRTHS.id, XROAD.id]); // through target 16.9, and a goal of its own
      assert.deepEqual(await ids({ target: '16.9' }), [BIRTHS.id]);
      assert.deepEqual(await ids({ target: '16.9', status: 'all' }), [BIRTHS.id, DRAFT.id]);
      assert.deepEqual(await ids({ stage: 'institutionalised' }), [LAND.id]);
      assert.deepEqual(await ids({ type: 'technology' }), [BIRTHS.id, XROAD.id]);
      assert.deepEqual(await ids({ evidence: 'official_claim' }), [LAND.id, BIRTHS.id]); // independent ≥ official claim
      assert.deepEqual(await ids({ evidence: 'independent' }), [LAND.id]);
      assert.deepEqual(await ids({ text: 'BIRTH' }), [BIRTHS.id]); // title, case ignored
      assert.deepEqual(await ids({ text: 'civil reg' }), [BIRTHS.id]); // a tag
      assert.deepEqual(await ids({ text: '100%_' }), []); // LIKE wildcards are taken literally
      const { total, cases } = await listInnovationCases(store.db, { limit: 1, offset: 1 });
      assert.equal(total, 3);
      assert.deepEqual(cases.map((c) => [c.id, c.strongestEvidence, c.goals]), [[BIRTHS.id, 'official_claim', ['16']]]);
    });

    it('replaceTcvMeasurements stores the wording and the normalised range; listTcvMeasurements puts the evidence strength beside each', async () => {
      const figure = (phase: 'baseline' | 'post', valueText: string, low: number): TcvMeasurement => ({
        caseId: LAND.id, measureKey: 'land-records-time', service: 'Land record mutation', dimension: 'time', component: null, phase, metricText: 'time',
        valueText, unitText: 'days', valueLow: low, valueHigh: phase === 'baseline' ? 1080 : low, valueUnit: 'hours', currency: null, scope: 'per transaction',
        referenceYear: 2016, publishedReductionText: phase === 'post' ? '50-67' : null, evidenceId: 'land-study',
      });
      await store.db.transaction().execute((trx) => replaceTcvMeasurements(trx, LAND.id, [figure('post', '15', 360), figure('baseline', '30-45', 720)]));
      const got = await listTcvMeasurements(store.db, LAND.id);
      assert.deepEqual(got.map((m) => [m.phase, m.valueText, m.valueLow, m.valueHigh, m.strength, m.publishedReductionText]), [
        ['baseline', '30-45', 720, 1080, 'independent', null], ['post', '15', 360, 360, 'independent', '50-67'],
      ]);
      await assert.rejects(store.db.transaction().execute((trx) => replaceTcvMeasurements(trx, BIRTHS.id, [figure('post', '15', 360)])),
        /TCV figure land-records-time \(post\) belongs to case bgd-e-mutation, not bgd-online-birth-registration/);
      assert.equal((await listInnovationCases(store.db, { stage: 'institutionalised' })).cases[0]?.measurementCount, 2);
    });

    it('saveReplication keeps the dated stage history; listReplications filters by case and adopter country', async () => {
      const replication: Replication = {
        id: 'x-road-aze', caseId: XROAD.id, providerOrganisationId: 'niis', adopterOrganisationId: null, adopterCountryIso3: 'AZE',
        channel: 'open source', stage: 'pilot', adaptations: 'Azerbaijani interface', funding: null, origin: null,
        stageHistory: [{ stage: 'interest', date: '2014-03-01', note: null }, { stage: 'pilot', date: null, note: 'date unknown' }],
      };
      await store.db.transaction().execute((trx) => saveReplication(trx, replication, NOW));
      assert.deepEqual(await listReplications(store.db, { adopterCountry: 'aze' }), [replication]);
      assert.deepEqual(await listReplications(store.db, { caseId: BIRTHS.id }), []);
      assert.deepEqual((await listInnovationCases(store.db, { adopterCountry: 'AZE' })).cases.map((c) => [c.id, c.replicationCount]), [[XROAD.id, 1]]);
      await assert.rejects(store.db.transaction().execute((trx) => saveReplication(trx, { ...replication, stage: 'scaling' as never }, NOW)),
        /replication x-road-aze: stage scaling is not one of interest, matched/);
    });

    it('saveCooperationRequest checks targets against the framework; answers are listed oldest first', async () => {
      const request = {
        id: 'npl-births', countryIso3: 'NPL', organisationId: null, title: 'Birth registration in remote districts', problem: 'Low registration',
        context: 'mountain districts', targets: ['16.9'], tags: ['civil registration'], status: 'open' as const, createdAt: NOW, origin: null,
      };
      await store.db.transaction().execute((trx) => saveCooperationRequest(trx, request));
      assert.deepEqual(await listCooperationRequests(store.db, { country: 'npl' }), [request]);
      await assert.rejects(store.db.transaction().execute((trx) => saveCooperationRequest(trx, { ...request, id: 'x', targets: ['17.99'] })),
        /innovation case x: target 17\.99 is not in the framework/);
      const answer = await store.db.transaction().execute((trx) => answerCooperationRequest(trx, {
        requestId: request.id, caseId: BIRTHS.id, organisationId: 'a2i', text: 'Our online registration may fit', createdAt: NOW, createdBy: null,
      }));
      assert.deepEqual(await listCooperationAnswers(store.db, request.id), [answer]);
    });
  });
}
