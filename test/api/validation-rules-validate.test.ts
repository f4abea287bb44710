import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Store } from '../../src/store/index.ts';
import { createRule } from '../../src/workflow/validation/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { seedValidationData } from '../workflow/validation/seed.ts';

/** A total of under-five mortality as the data-entry grid sends it. */
const total = (timePeriod: string, value: number | string | null) => ({
  series: 'SH_DYN_MORT', area: '050', timePeriod, dimensions: { SEX: '_T' }, unit: 'PER_1000_LIVE_BIRTHS', value,
});

/** Opens a draft of 3.2.1 holding a 2021 total of 30, written straight into the tables. */
async function openDraft(store: Store, userId: number): Promise<void> {
  const now = '2026-03-01T10:00:00.000Z';
  await store.db.insertInto('organisations').values({ id: 'MOHFW', parent_id: null, name: 'Ministry of Health and Family Welfare', kind: 'ministry' }).execute();
  const submission = await store.db.insertInto('submissions').values({
    indicator_id: '3.2.1', organisation_id: 'MOHFW', state: 'draft', created_by: userId, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  await store.db.insertInto('submission_changes').values({
    submission_id: submission.id, op: 'upsert', observation_id: null, series_code: 'SH_DYN_MORT', area_code: '050', time_period: '2021',
    period_kind: 'year', period_start: '2021-01-01', period_end: '2021-12-31', dimensions: '|SEX=_T|', unit: 'PER_1000_LIVE_BIRTHS',
    unit_mult: null, value: 30, obs_status: null, nature: null, comment: null, attributes: null, warning_comment: null,
    updated_by: userId, updated_at: now,
  }).execute();
}

for (const dialect of STORE_DIALECTS) {
  describe(`POST /indicators/{code}/validate on ${dialect}`, dialectOptions(dialect), () => {
    let provider: SignedIn;
    const api = apiSuite(dialect, async (store) => {
      await seedValidationData(store);
      await createRule(store.db, '3.2.1', { kind: 'yoy_change', severity: 'warning', params: { maxPercent: 20 } }, null);
    });
    before(async () => {
      provider = await signIn(api.store.db, 'provider');
    });

    const validate = (code: string, payload: unknown, who: SignedIn | null = provider) => answer(api.app, {
      method: 'POST', url: `/api/v1/indicators/${code}/validate`, headers: who?.headers ?? { 'x-csrf-token': 'anonymous' }, payload: payload as object,
    });

    it('answers the issues of typed values: 72.3 for 2022 against the published 27.3, and text that is not a number', async () => {
      const { status, body } = await validate('3.2.1', { values: [total('2022', 72.3), total('2023', 'n/a'), total('2020', '28.8')] });
      assert.equal(status, 200);
      assert.deepEqual(body, { data: { issues: [
        {
          severity: 'warning', kind: 'yoy_change', ruleId: 1, key: 'SH_DYN_MORT|050|2022||SEX=_T||PER_1000_LIVE_BIRTHS',
          series: 'SH_DYN_MORT', area: '050', timePeriod: '2022', dimensions: { SEX: '_T' },
          message: `value 72.3 for 2022 is 164.84% above 27.3 for 2021, more than the allowed change of 20% (rule 'yoy_change', warning)`,
        },
        {
          severity: 'error', kind: 'numeric', ruleId: null, key: 'SH_DYN_MORT|050|2023||SEX=_T||PER_1000_LIVE_BIRTHS',
          series: 'SH_DYN_MORT', area: '050', timePeriod: '2023', dimensions: { SEX: '_T' },
          message: `value "n/a" is not a number (rule 'numeric', error)`,
        },
      ] } });
    });

    it('takes the grid\'s unitMult and attributes, and answers an empty list for good values', async () => {
      const { status, body } = await validate('3.2.1', { values: [{ ...total('2022', 26.1), unitMult: 0, attributes: { NATURE: 'E' } }] });
      assert.deepEqual([status, body], [200, { data: { issues: [] } }]);
    });

    it('answers 400 naming the value whose period cannot be read, 404 for an unknown indicator, 401 when anonymous', async () => {
      const period = await validate('3.2.1', { values: [total('2021', 1), total('soon', 1)] });
      assert.deepEqual([period.status, period.body.error.code], [400, 'BAD_PARAMETER']);
      assert.match(period.body.error.message, /^parameter values\[1\]\.timePeriod: "soon" is not a time period/);
      const empty = await validate('3.2.1', { values: [] });
      assert.deepEqual([empty.status, empty.body.error.message.startsWith('parameter values: ')], [400, true]);
      assert.equal((await validate('99.9.9', { values: [total('2021', 1)] })).status, 404);
      const anonymous = await validate('3.2.1', { values: [total('2021', 1)] }, null);
      assert.deepEqual([anonymous.status, anonymous.body.error.code], [401, 'UNAUTHENTICATED']);
    });

    it('compares with the open draft over the published data: 2022 = 27.3 is 9% below the draft\'s 30 for 2021', async () => {
      await openDraft(api.store, provider.userId);
      const { body } = await validate('3.2.1', { values: [total('2022', 27.3)] });
      assert.deepEqual(body.data.issues, []);
      const far = await validate('3.2.1', { values: [total('2022', 37)] });
      assert.deepEqual(far.body.data.issues.map((i: { message: string }) => i.message), [
        `value 37 for 2022 is 23.33% above 30 for 2021, more than the allowed change of 20% (rule 'yoy_change', warning)`,
      ]);
    });

    it('applies the built-in 0–100 warning to a percentage of an indicator without rules (17.8.1)', async () => {
      const { body } = await validate('17.8.1', { values: [{
        series: 'IT_USE_15PLUS', area: 'BD-13', timePeriod: '2022', dimensions: { SEX: 'F' }, unit: 'PERCENT', value: 152.1,
      }] });
      assert.deepEqual(body.data.issues.map((i: { ruleId: null; message: string }) => [i.ruleId, i.message]), [
        [null, `value 152.1 is above the maximum 100 (rule 'range', warning)`],
      ]);
    });
  });
}
