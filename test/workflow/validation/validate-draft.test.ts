import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DraftChange, Observation } from '../../../src/domain/index.ts';
import type { Store } from '../../../src/store/index.ts';
import { createRule, validateDraft } from '../../../src/workflow/validation/index.ts';
import { observation, year } from '../../support/builders.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';
import { dhakaPopulation, seedValidationData, u5mr } from './seed.ts';

const upsert = (o: Observation): DraftChange => ({ op: 'upsert', observation: o });
const remove = (o: Observation): DraftChange => ({ op: 'delete', observation: o });

for (const dialect of STORE_DIALECTS) {
  describe(`validateDraft on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      const fresh = await freshStore(dialect);
      ({ store, dispose } = fresh);
      await seedValidationData(store);
      await createRule(store.db, '3.2.1', { kind: 'yoy_change', severity: 'warning', params: { maxPercent: 20 } }, null);
      await createRule(store.db, '3.2.1', { kind: 'range', severity: 'error', series: 'SH_DYN_MORT', params: { min: 0, max: 1000 } }, null);
      await createRule(store.db, '17.19.2', { kind: 'parts_sum', severity: 'error', params: { dimension: 'SEX' } }, null);
      await createRule(store.db, '17.19.2', { kind: 'numeric', severity: 'error', params: { integer: true } }, null);
    });
    after(async () => { await dispose(); });

    it('compares a 2022 value of 72.3 with the published 27.3 of 2021 and names both', async () => {
      const issues = await validateDraft(store.db, '3.2.1', [upsert(u5mr('2022', '_T', 72.3))]);
      assert.deepEqual(issues, [{
        severity: 'warning', kind: 'yoy_change', ruleId: 1, key: 'SH_DYN_MORT|050|2022||SEX=_T||PER_1000_LIVE_BIRTHS',
        series: 'SH_DYN_MORT', area: '050', timePeriod: '2022', dimensions: { SEX: '_T' },
        message: `value 72.3 for 2022 is 164.84% above 27.3 for 2021, more than the allowed change of 20% (rule 'yoy_change', warning)`,
      }]);
    });

    it('takes the previous period from the draft: a draft 2021 of 60 makes 2022 = 72.3 a 20.5% change', async () => {
      const issues = await validateDraft(store.db, '3.2.1', [upsert(u5mr('2021', '_T', 60)), upsert(u5mr('2022', '_T', 72.3))]);
      assert.deepEqual(issues.map((i) => i.message.split(',')[0]), [
        'value 60 for 2021 is 108.33% above 28.8 for 2020', 'value 72.3 for 2022 is 20.5% above 60 for 2021',
      ]);
    });

    it('skips a period the draft deletes: 2022 = 20 is compared with 2020 when 2021 is deleted', async () => {
      const issues = await validateDraft(store.db, '3.2.1', [remove(u5mr('2021', '_T', 27.3)), upsert(u5mr('2022', '_T', 20))]);
      assert.deepEqual(issues.map((i) => i.message.split(',')[0]), ['value 20 for 2022 is 30.56% below 28.8 for 2020']);
    });

    it('finds Dhaka\'s published total and other categories when the draft changes only the men (7900053)', async () => {
      const issues = await validateDraft(store.db, '17.19.2', [upsert(dhakaPopulation('M', 7900053))]);
      assert.deepEqual(issues.map((i) => [i.key, i.message]), [[
        'POP|BD-13|2022||SEX=_T||persons',
        `the SEX categories add up to 14734719 but the total is 14734701: a difference of 18, more than the tolerance 0 (rule 'parts_sum', error)`,
      ]]);
    });

    it('checks every kind on the same value: a fraction of a person; a negative rate, out of range and far from 2020', async () => {
      const issues = await validateDraft(store.db, '17.19.2', [upsert(dhakaPopulation('_O', 677.5))]);
      assert.deepEqual(issues.map((i) => [i.kind, i.message]), [
        ['numeric', `value 677.5 is not a whole number (rule 'numeric', error)`],
        ['parts_sum', `the SEX categories add up to 14734701.5 but the total is 14734701: a difference of 0.5, more than the tolerance 0 (rule 'parts_sum', error)`],
      ]);
      const range = await validateDraft(store.db, '3.2.1', [upsert(u5mr('2021', 'F', -1))]);
      assert.deepEqual(range.map((i) => i.message), [
        `value -1 is below the minimum 0 (rule 'range', error)`,
        `value -1 for 2021 is 103.76% below 26.6 for 2020, more than the allowed change of 20% (rule 'yoy_change', warning)`,
      ]);
    });

    it('applies the built-in 0–100 warning to an indicator without rules, for percentages only', async () => {
      const internet = (value: number, unit: string) => observation({ series: 'IT_USE_15PLUS', area: 'BD-13', period: year('2022'), dimensions: { SEX: 'F' }, unit, value });
      const issues = await validateDraft(store.db, '17.8.1', [upsert(internet(152.1, 'PERCENT')), upsert(internet(152.1, 'persons'))]);
      assert.deepEqual(issues.map((i) => [i.ruleId, i.severity, i.message]), [
        [null, 'warning', `value 152.1 is above the maximum 100 (rule 'range', warning)`],
      ]);
    });

    it('answers no issues for no changes, or only deletions', async () => {
      assert.deepEqual(await validateDraft(store.db, '3.2.1', []), []);
      assert.deepEqual(await validateDraft(store.db, '3.2.1', [remove(u5mr('2020', 'F', 26.6))]), []);
    });
  });
}
