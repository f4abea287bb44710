import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { replaceResponsibilities, saveOrganisations, type Store } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { observation, year } from '../support/builders.ts';
import { seedBangladesh, UNDER_FIVE_MORTALITY } from '../support/country-seed.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

/**
 * Three indicators with data (codes as in the UN SDG Global Database for Bangladesh):
 * - 3.2.1 under-five mortality by SEX (AGE Y0T4): tier I, led by the Health Services Division;
 * - 1.2.1 national poverty rate by URBANISATION: tier I, led by BBS; its title asks "by sex and age";
 * - 8.5.1 hourly earnings by SEX and OCCUPATION: tier II, no lead; its title asks "by sex, age, occupation and
 *   persons with disabilities".
 * BBS also leads 8.5.2, which has no data.
 */
async function seed(store: Store): Promise<void> {
  await seedBangladesh(store, 'test:availability', [
    UNDER_FIVE_MORTALITY,
    { code: 'SI_POV_NAHC', name: 'Population below the national poverty line', unit: 'PERCENT', indicators: [{ indicatorId: '1.2.1', relation: 'measures' }] },
    { code: 'SL_EMP_EARN', name: 'Average hourly earnings', unit: 'BDT', indicators: [{ indicatorId: '8.5.1', relation: 'measures' }] },
  ], [
    observation({ series: 'SH_DYN_MORT', period: year('2021'), dimensions: { SEX: '_T', AGE: 'Y0T4' }, value: 27.3 }),
    observation({ series: 'SH_DYN_MORT', period: year('2021'), dimensions: { SEX: 'F', AGE: 'Y0T4' }, value: 25.2 }),
    observation({ series: 'SI_POV_NAHC', period: year('2022'), unit: 'PERCENT', dimensions: { URBANISATION: '_T' }, value: 18.7 }),
    observation({ series: 'SI_POV_NAHC', period: year('2022'), unit: 'PERCENT', dimensions: { URBANISATION: 'R' }, value: 20.5 }),
    observation({ series: 'SL_EMP_EARN', period: year('2017'), unit: 'BDT', dimensions: { SEX: 'M', OCCUPATION: '_T' }, value: 72 }),
    observation({ series: 'SL_EMP_EARN', period: year('2017'), unit: 'BDT', dimensions: { SEX: '_T', OCCUPATION: 'ISCO08_2' }, value: 140 }),
  ], async (trx) => {
    await saveOrganisations(trx, [
      { id: 'BBS', parent: null, name: 'Bangladesh Bureau of Statistics', kind: 'statistics_office', names: { bn: 'বাংলাদেশ পরিসংখ্যান ব্যুরো' } },
      { id: 'HSD', parent: null, name: 'Health Services Division', kind: 'division' },
    ], ['bn']);
    await replaceResponsibilities(trx, [
      { indicatorId: '3.2.1', organisationId: 'HSD', role: 'lead' },
      { indicatorId: '1.2.1', organisationId: 'BBS', role: 'lead' },
      { indicatorId: '8.5.2', organisationId: 'BBS', role: 'lead' },
      { indicatorId: '8.5.1', organisationId: 'BBS', role: 'associate' },
    ]);
  });
}

for (const dialect of STORE_DIALECTS) {
  describe(`GET /availability on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, seed);

    it('counts 3 of the 235 unique indicators with data, and per goal the listings under it', async () => {
      const { status, body } = await answer(api.app, '/api/v1/availability');
      assert.equal(status, 200);
      assert.deepEqual(body.data.total, { total: 235, withData: 3 });
      const goal = (code: string) => body.data.goals.find((g: { code: string }) => g.code === code);
      // Listings per goal in the 2025 framework: goal 1 has 13, goal 3 has 28, goal 8 has 17, goal 2 has 15.
      assert.deepEqual([goal('1').withData, goal('1').total], [1, 13]);
      assert.deepEqual([goal('3').withData, goal('3').total], [1, 28]);
      assert.deepEqual([goal('8').withData, goal('8').total], [1, 17]);
      assert.deepEqual([goal('2').withData, goal('2').total], [0, 15]);
      assert.equal(body.data.goals.length, 17);
    });

    it('counts by tier from indicator-tiers.csv: I 142 (2 with data), II 86 (1), I/II 5, unclassified 2', async () => {
      // indicator-tiers.csv holds 249 listings: 151 I, 93 II, 5 I/II. The 16 repeated listings (1.5.1 = 11.5.1 = 13.1.1 …)
      // count once: 9 of them are tier I and 7 tier II, so 142 and 86 unique indicators; 2.2.4 and 11.5.3 have no tier
      // (142 + 86 + 5 + 2 = 235). With data: 3.2.1 and 1.2.1 (I), 8.5.1 (II).
      const { body } = await answer(api.app, '/api/v1/availability');
      assert.deepEqual(body.data.tiers, [
        { tier: 'I', total: 142, withData: 2 },
        { tier: 'II', total: 86, withData: 1 },
        { tier: 'I/II', total: 5, withData: 0 },
        { tier: null, total: 2, withData: 0 },
      ]);
      assert.equal(body.data.tierSource, 'opensdg-can@f89e601 (2026-03-10)');
    });

    it('counts by lead organisation, in the asked language; indicators without a lead form the last group', async () => {
      const { body } = await answer(api.app, '/api/v1/availability?lang=bn');
      // BBS leads 1.2.1 (data) and 8.5.2 (none); HSD leads 3.2.1 (data); the other 232 have no lead, 8.5.1 (data) among them.
      assert.deepEqual(body.data.organisations, [
        { id: 'BBS', name: 'বাংলাদেশ পরিসংখ্যান ব্যুরো', total: 2, withData: 1 },
        { id: 'HSD', name: 'Health Services Division', total: 1, withData: 1 },
        { id: null, name: null, total: 232, withData: 1 },
      ]);
    });

    it('lists per indicator the breakdowns its title expects, those its data holds and those missing', async () => {
      const { body } = await answer(api.app, '/api/v1/availability');
      const row = (code: string) => body.data.indicators.find((i: { indicator: string }) => i.indicator === code);
      assert.deepEqual(row('1.2.1'), {
        indicator: '1.2.1', title: row('1.2.1').title, goal: '1', tier: 'I', lead: { id: 'BBS', name: 'Bangladesh Bureau of Statistics' },
        hasData: true, expected: [{ term: 'sex', dimension: 'SEX' }, { term: 'age', dimension: 'AGE' }],
        present: ['URBANISATION'], missing: ['SEX', 'AGE'],
      });
      assert.deepEqual([row('8.5.1').present, row('8.5.1').missing, row('8.5.1').lead], [['OCCUPATION', 'SEX'], ['AGE', 'DISABILITY_STATUS'], null]);
      // Under-five mortality's title names no breakdown; its AGE code Y0T4 is not the total, so AGE counts as present.
      assert.deepEqual([row('3.2.1').expected, row('3.2.1').present, row('3.2.1').missing], [[], ['AGE', 'SEX'], []]);
      assert.deepEqual([row('8.5.2').hasData, row('8.5.2').missing], [false, ['SEX', 'AGE', 'DISABILITY_STATUS']]);
      assert.equal(body.data.dimensions.DISABILITY_STATUS, 'Disability status');
    });
  });
}
