import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import {
  BUNDLED_INNOVATIONS_DIR, countryNameReader, loadInnovationSeed, normaliseTcvValue, readDpgRegistry,
} from '../../src/ingest/innovations/index.ts';
import { getInnovationCase, listAudit, listReplications, listTcvMeasurements, type Store } from '../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const DPG = join(BUNDLED_INNOVATIONS_DIR, 'dpg-registry');
const TCV_ROWS = parse(readFileSync(join(BUNDLED_INNOVATIONS_DIR, 'tcv-examples.csv')), { columns: true, bom: true }) as Record<string, string>[];
const SOLUTIONS = readdirSync(join(DPG, 'nominees')).filter((f) => f.endsWith('.json'));

/** Counts worked out from the files alone: a case per service and per solution, a figure per non-empty before/after cell,
 * a replication per distinct non-blank deployment country name (DHIS2 lists Somalia twice). */
const EXPECTED = {
  cases: new Set(TCV_ROWS.map((r) => r.service)).size + SOLUTIONS.length,
  measurements: TCV_ROWS.reduce((n, r) => n + (r.before_value?.trim() ? 1 : 0) + (r.after_value?.trim() ? 1 : 0), 0),
  replications: SOLUTIONS.reduce((n, f) => {
    const screening = JSON.parse(readFileSync(join(DPG, 'screening', f), 'utf8')) as { locations: { deploymentCountries: string[] } };
    return n + new Set(screening.locations.deploymentCountries.map((c) => c.trim()).filter(Boolean)).size;
  }, 0),
};

/** Every text value of every table of the store. */
async function allTexts(store: Store): Promise<{ table: string; column: string; text: string }[]> {
  const out: { table: string; column: string; text: string }[] = [];
  for (const table of await store.db.introspection.getTables()) {
    const rows = await store.db.selectFrom(table.name as never).selectAll().execute() as Record<string, unknown>[];
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) if (typeof value === 'string') out.push({ table: table.name, column, text: value });
    }
  }
  return out;
}

/**
 * The rows of every innovation table, sorted, for comparing two loads; `volatile` drops the columns a reload may change
 * (serial ids of child rows and `updated_at`).
 */
async function innovationRows(store: Store, volatile = false): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of (await store.db.introspection.getTables()).filter((t) => t.name.startsWith('innovation_'))) {
    const rows = await store.db.selectFrom(table.name as never).selectAll().execute() as Record<string, unknown>[];
    out[table.name] = rows.map((r) => JSON.stringify(volatile ? { ...r, updated_at: undefined, id: typeof r.id === 'number' ? undefined : r.id } : r)).sort();
  }
  return out;
}

describe('innovation seed files read without a database', () => {
  it('the file counts the seed is checked against: 7 services + 23 solutions, 13 figures, 222 deployment countries', () => {
    // 11 rows of 7 services; before cells 6 (land ×3, waiting, distance, pension), after cells 7 (land ×3, waiting, distance, e-Mutation ×2).
    assert.deepEqual(EXPECTED, { cases: 30, measurements: 13, replications: 222 });
  });

  it('case-targets.csv gives every seed case one row with a reason, and only official target codes', () => {
    const rows = parse(readFileSync(join(BUNDLED_INNOVATIONS_DIR, 'case-targets.csv')), { columns: true, bom: true }) as Record<string, string>[];
    assert.equal(new Set(rows.map((r) => r.case)).size, EXPECTED.cases);
    assert.deepEqual(rows.filter((r) => !r.reason?.trim() || r.targets!.split(';').some((t) => t && !/^\d{1,2}\.(\d{1,2}|[a-z])$/.test(t))), []);
  });

  it('normaliseTcvValue turns time into calendar hours and keeps a range as low and high', () => {
    assert.deepEqual(normaliseTcvValue('time', '30-45', 'days'), { low: 720, high: 1080, unit: 'hours', currency: null }); // 30×24, 45×24
    assert.deepEqual(normaliseTcvValue('time', '7 days', 'mixed'), { low: 168, high: 168, unit: 'hours', currency: null });
    assert.deepEqual(normaliseTcvValue('time', '1 hour', 'mixed'), { low: 1, high: 1, unit: 'hours', currency: null });
    assert.deepEqual(normaliseTcvValue('cost', '1045', 'BDT'), { low: 1045, high: 1045, unit: 'BDT', currency: 'BDT' });
    assert.deepEqual(normaliseTcvValue('other', '21 documents; 28 working days', 'mixed'), { low: null, high: null, unit: null, currency: null });
    assert.deepEqual(normaliseTcvValue('time', '28', 'working days'), { low: null, high: null, unit: null, currency: null });
  });

  it('countryNameReader reads the registry short names and reports what it does not know', () => {
    const iso3 = countryNameReader();
    assert.deepEqual(["Côte d'Ivoire", 'Vietnam', 'Palestine State', "Eswatini (fmr. 'Swaziland')", 'Congo (Congo-Brazzaville)', 'Bangladesh', 'Atlantis'].map(iso3),
      ['CIV', 'VNM', 'PSE', 'SWZ', 'COG', 'BGD', null]);
    const seed = readDpgRegistry(DPG);
    assert.deepEqual([seed.unmatched, seed.withoutDeployments], [[], ['altinn']]);
    const blind = readDpgRegistry(DPG, (name) => (name === 'Vietnam' ? null : iso3(name)));
    assert.deepEqual(blind.unmatched, [
      { solution: 'dhis2', list: 'deployment', name: 'Vietnam' }, { solution: 'openspp', list: 'development', name: 'Vietnam' },
      { solution: 'x-road', list: 'deployment', name: 'Vietnam' },
    ]);
  });
});

for (const dialect of STORE_DIALECTS) {
  describe(`loadInnovationSeed on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await prepareStore(store);
    });
    after(async () => dispose?.());

    it('stores as many cases, TCV figures and replications as the files hold', async () => {
      const report = await loadInnovationSeed(store);
      assert.equal(report.loaded, true);
      assert.deepEqual([report.cases, report.measurements, report.replications], [EXPECTED.cases, EXPECTED.measurements, EXPECTED.replications]);
      const count = async (table: 'innovation_cases' | 'innovation_tcv_measurements' | 'innovation_replications') =>
        Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      assert.deepEqual(
        { cases: await count('innovation_cases'), measurements: await count('innovation_tcv_measurements'), replications: await count('innovation_replications') },
        EXPECTED,
      );
    });

    it('a TCV case keeps the source wording beside the normalised hours, the evidence strength and a2i as lead where the source names it', async () => {
      const waiting = (await listTcvMeasurements(store.db, 'bgd-tcv-services-at-union-digital-centres-all-services'))
        .filter((m) => m.measureKey === 'digital-centres-waiting');
      assert.deepEqual(waiting.map((m) => [m.phase, m.valueText, m.unitText, m.valueLow, m.valueUnit, m.strength, m.publishedReductionText]), [
        ['baseline', '7 days', 'mixed', 168, 'hours', 'self_reported', null], ['post', '1 hour', 'mixed', 1, 'hours', 'self_reported', '99.4'],
      ]);
      const land = await getInnovationCase(store.db, 'bgd-tcv-land-record-transaction-mutation-manual-vs-digitised');
      assert.deepEqual([land?.countryIso3, land?.organisations, land?.targets, land?.evidence.map((e) => [e.strength, e.sourceLicence])], [
        'BGD', [], ['1.4', '5.a', '16.6'], [['independent', 'CC-BY-4.0'], ['independent', 'CC-BY-4.0'], ['independent', 'CC-BY-4.0']],
      ]);
      const leads = await store.db.selectFrom('innovation_case_organisations').select('case_id').where('organisation_id', '=', 'a2i').orderBy('case_id').execute();
      assert.deepEqual(leads.map((l) => l.case_id), [
        'bgd-tcv-all-a2i-digital-services-cumulative', 'bgd-tcv-digital-centres-9397-centres-385-services',
        'bgd-tcv-primary-teacher-pension-application-manual', 'bgd-tcv-services-at-union-digital-centres-all-services',
      ]);
    });

    it('a digital public good becomes a case with its goals, the targets and tags of case-targets.csv, and its deployment countries replications at pilot with no date', async () => {
      const crvs = await getInnovationCase(store.db, 'dpg-opencrvs');
      assert.deepEqual([crvs?.goals, crvs?.targets, crvs?.types, crvs?.countries, crvs?.transferability.openSourceLicence], [['16', '17'], ['16.9', '17.19'], ['technology'], ['BGD', 'GBR', 'ZAF'], 'MPL-2.0']);
      assert.deepEqual(['civil registration', 'birth registration', 'vital statistics'].filter((t) => !crvs?.tags.includes(t)), []);
      // The goal of a target from the table joins the registry's goals: public procurement 12.7 adds goal 12 to the portal's 16.
      assert.deepEqual((await getInnovationCase(store.db, 'dpg-open-contracting-portal'))?.goals, ['12', '16']);
      assert.deepEqual(crvs?.organisations.map((o) => `${o.role}:${o.organisationId}`), [
        'maintainer:opencrvs-org', 'owner:jembi-health-systems', 'owner:plan-international-australia', 'owner:vital-strategies',
      ]);
      const replications = await listReplications(store.db, { caseId: 'dpg-opencrvs' });
      assert.deepEqual(replications.map((r) => [r.adopterCountryIso3, r.providerOrganisationId, r.channel, r.stage, r.stageHistory[0]?.date]), [
        ['BGD', 'plan-international-australia', 'open source', 'pilot', null],
      ]);
      assert.equal((await listReplications(store.db, { caseId: 'dpg-dhis2' })).length, 72); // 73 names, Somalia twice
    });

    it('leaves no personal field in the database: no "@" in the innovation tables, no e-mail address or contact field name in any table', async () => {
      const shipped = readFileSync(join(DPG, 'nominees', 'dhis2.json'), 'utf8');
      assert.ok(shipped.includes('"contact_email"'), 'the shipped files carry the blanked fields, so the check means something');
      const texts = await allTexts(store);
      assert.ok(texts.filter((t) => t.table.startsWith('innovation_')).length > 500, 'the seed wrote texts to scan');
      // Other tables hold source references such as "opensdg-can@f89e601", so there only an address shape counts.
      const found = texts.filter((t) => (t.table.startsWith('innovation_') && t.text.includes('@'))
        || /[\w.+-]+@[\w-]+\.[\w.-]+/.test(t.text) || /contact_(name|email)/.test(t.text));
      assert.deepEqual(found.slice(0, 5), []);
    });

    it('a second load of the same files writes nothing; a forced reload gives the same rows', async () => {
      const before = await innovationRows(store);
      const audits = (await listAudit(store.db, { action: 'innovations.seed' })).length;
      assert.equal((await loadInnovationSeed(store)).loaded, false);
      assert.deepEqual(await innovationRows(store), before);
      assert.equal((await listAudit(store.db, { action: 'innovations.seed' })).length, audits);
      await store.db.deleteFrom('settings').where('key', '=', 'innovations_seed_digest').execute();
      const again = await loadInnovationSeed(store);
      assert.deepEqual([again.loaded, again.casesRemoved], [true, 0]);
      assert.deepEqual(await innovationRows(store, true), Object.fromEntries(Object.entries(before).map(([table, rows]) => [table,
        rows.map((r) => JSON.parse(r) as Record<string, unknown>)
          .map((r) => JSON.stringify({ ...r, updated_at: undefined, id: typeof r.id === 'number' ? undefined : r.id })).sort()])));
    });

    it('a row it cannot read or a goal the framework lacks stops the whole load, naming it, and leaves the stored cases as they were', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'sdg-innovations-'));
      try {
        cpSync(BUNDLED_INNOVATIONS_DIR, folder, { recursive: true });
        const csv = readFileSync(join(folder, 'tcv-examples.csv'), 'utf8');
        writeFileSync(join(folder, 'tcv-examples.csv'), csv.replace('official fee schedule', 'rumour'));
        const before = await innovationRows(store);
        await assert.rejects(loadInnovationSeed(store, folder), /tcv-examples\.csv:12 \[evidence_type\] "rumour" has no evidence strength rule/);
        assert.deepEqual(await innovationRows(store), before);
        // A goal the framework lacks is found only while writing: the transaction is rolled back whole.
        writeFileSync(join(folder, 'tcv-examples.csv'), csv);
        const nominee = join(folder, 'dpg-registry', 'nominees', 'x-road.json');
        writeFileSync(nominee, readFileSync(nominee, 'utf8').replace('"SDGNumber": 13', '"SDGNumber": 18'));
        await assert.rejects(loadInnovationSeed(store, folder), /innovation case dpg-x-road: goal 18 is not in the framework/);
        assert.deepEqual(await innovationRows(store), before);
        // So does a target of case-targets.csv the framework lacks, or a row naming no seed case.
        writeFileSync(nominee, readFileSync(nominee, 'utf8').replace('"SDGNumber": 18', '"SDGNumber": 13'));
        const table = readFileSync(join(folder, 'case-targets.csv'), 'utf8');
        writeFileSync(join(folder, 'case-targets.csv'), table.replace('dpg-x-road,16.6,', 'dpg-x-road,16.99,'));
        await assert.rejects(loadInnovationSeed(store, folder), /innovation case dpg-x-road: target 16\.99 is not in the framework/);
        assert.deepEqual(await innovationRows(store), before);
        writeFileSync(join(folder, 'case-targets.csv'), table.replace('dpg-x-road,', 'dpg-x-rood,'));
        await assert.rejects(loadInnovationSeed(store, folder), /case-targets\.csv:31 \[case\] "dpg-x-rood" is not a seed case/);
        assert.deepEqual(await innovationRows(store), before);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });
}
