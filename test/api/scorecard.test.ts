import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Observation } from '../../src/domain/index.ts';
import { insertDraftChange, recordAudit, type Db } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn } from '../support/auth.ts';
import { year } from '../support/builders.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { INDICATOR, OTHER_ORG, RESPONSIBLE_ORG, SERIES, UNIT, seedWorkflowData } from '../support/workflow-seed.ts';

/**
 * The seeded store: HSD leads 3.2.1 (under-five mortality, published for 2020 and 2021 by sex), MOE leads 4.1.1 (no
 * data), MOHFW leads nothing. Submissions of 3.2.1, written as the workflow leaves them:
 * - S5 approved, sent 2021-03-01, a new 2020 value (due 2021-06-30): on time; cycle 2021.
 * - S1 approved, sent 2022-06-15, a new 2021 value (due 2022-06-30) with a warning comment: on time.
 * - S2 approved, sent 2022-09-01, a new 2021 value: late; returned once before.
 * - S3 approved, sent 2022-10-01, only corrects the published 2020 value: delivers nothing.
 * - S4 submitted, sent 2022-11-01, a new 2022 value: not approved.
 */
async function seedSubmissions(db: Db, userId: number): Promise<void> {
  const published = await db.selectFrom('observations').select('id').where('time_period', '=', '2020').orderBy('id').executeTakeFirstOrThrow();
  const value = (label: string, urbanisation: string): Observation => ({
    series: SERIES, area: '050', period: year(label), dimensions: { SEX: '_T', AGE: 'Y0T4', URBANISATION: urbanisation }, value: 30,
    unit: UNIT, unitMult: null, attributes: {},
  });
  const submissions: { state: string; sent: string; change: Observation; observationId?: number; warning?: string; returned?: string }[] = [
    { state: 'approved', sent: '2021-03-01T09:00:00.000Z', change: value('2020', 'R') },
    { state: 'approved', sent: '2022-06-15T09:00:00.000Z', change: value('2021', 'U'), warning: 'a real fall, checked with the survey' },
    { state: 'approved', sent: '2022-09-01T09:00:00.000Z', change: value('2021', 'R'), returned: '2022-08-20T09:00:00.000Z' },
    { state: 'approved', sent: '2022-10-01T09:00:00.000Z', change: { ...value('2020', '_T'), dimensions: { SEX: '_T', AGE: 'Y0T4' } }, observationId: published.id },
    { state: 'submitted', sent: '2022-11-01T09:00:00.000Z', change: value('2022', 'U') },
  ];
  await db.transaction().execute(async (trx) => {
    for (const s of submissions) {
      const { id } = await trx.insertInto('submissions').values({
        indicator_id: INDICATOR, organisation_id: RESPONSIBLE_ORG, state: s.state, created_by: userId, created_at: s.sent,
        updated_at: s.sent, submitted_by: userId, submitted_at: s.sent, decided_by: s.state === 'approved' ? userId : null,
        decided_at: s.state === 'approved' ? s.sent : null, comment: null, revision: 3,
      }).returning('id').executeTakeFirstOrThrow();
      await insertDraftChange(trx, id, { op: 'upsert', observationId: s.observationId ?? null, change: { op: 'upsert', observation: s.change, warningComment: s.warning ?? null } }, { userId, now: s.sent });
      if (s.returned) {
        await recordAudit(trx, [{ at: s.returned, userId, action: 'submission.return', entity: 'submission', entityId: String(id), submissionId: id, comment: 'check the rural value' }]);
      }
    }
  });
}

const near = (actual: number | null, expected: number) => assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${actual} ≉ ${expected}`);
const thisYear = new Date().getUTCFullYear();

for (const dialect of STORE_DIALECTS) {
  describe(`scorecard routes on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, async (store) => {
      await seedWorkflowData(store);
      const provider = await signIn(store.db, 'provider', [RESPONSIBLE_ORG]);
      await seedSubmissions(store.db, provider.userId);
    });

    it('GET /scorecard?cycle=2022 ranks HSD first with every component worked out, MOE second, MOHFW (leads nothing) absent', async () => {
      const { status, body } = await answer(api.app, '/api/v1/scorecard?cycle=2022');
      assert.equal(status, 200);
      const { data } = body;
      assert.equal(data.cycle, 2022);
      assert.equal(data.moment, '2022-06-30');
      assert.deepEqual(data.weights, { completeness: 0.35, timeliness: 0.25, quality: 0.15, progress: 0.25 });
      assert.deepEqual(data.calendar, { annual: 6, quarterly: 3, monthly: 2 });
      assert.deepEqual(data.ranking.map((e: { organisation: { id: string }; rank: number }) => [e.organisation.id, e.rank]), [[RESPONSIBLE_ORG, 1], [OTHER_ORG, 2]]);
      const hsd = data.ranking[0];
      assert.equal(hsd.organisation.name, 'Health Services Division');
      assert.equal(hsd.indicatorsLed, 1);
      // 2021 is expected on 2022-06-30 and 3.2.1 has it: 1 / 1.
      assert.deepEqual(hsd.components.completeness, { value: 1, numerator: 1, denominator: 1 });
      // S1 on time (2022-06-15 ≤ 2022-06-30), S2 late (2022-09-01); S3 delivers nothing, S4 is not approved: 1 / 2.
      assert.deepEqual(hsd.components.timeliness, { value: 0.5, numerator: 1, denominator: 2 });
      // Sent in 2022: S1–S4 = 4; 1 warning (S1) + 1 return (S2): (4 − 2) / 4.
      assert.deepEqual(hsd.components.quality, { value: 0.5, numerator: 2, denominator: 4 });
      // Points up to 2021: 28.8 (2020) → 27.3 (2021) against ≤ 25 by 2030: actual CAGR −5.21 % vs required
      // (25 / 28.8)^(1/10) − 1 = −1.40 %, ratio 3.71 ≥ 0.6 → score min(7.1429 × 3.71 − 4.2857, 5) = 5 → (5 + 5) / 10 = 1.
      assert.deepEqual(hsd.components.progress, { value: 1, numerator: 1, denominator: 1 });
      // 0.35 × 1 + 0.25 × 0.5 + 0.15 × 0.5 + 0.25 × 1 = 0.8
      near(hsd.composite, 0.8);
      const moe = data.ranking[1];
      assert.deepEqual(moe.components, { completeness: { value: 0, numerator: 0, denominator: 1 }, timeliness: null, quality: null, progress: null });
      near(moe.composite, 0);
    });

    it('GET /scorecard gives every cycle from 2016 to this year as the trend, ties sharing rank 1 while both have nothing', async () => {
      const { body } = await answer(api.app, '/api/v1/scorecard?cycle=2021');
      assert.deepEqual(body.data.cycles, Array.from({ length: thisYear - 2015 }, (_, i) => 2016 + i));
      const hsd = body.data.ranking.find((e: { organisation: { id: string } }) => e.organisation.id === RESPONSIBLE_ORG);
      // Cycle 2021: 2020 expected and present (1), S5 on time (1), quality 1 / 1, progress null (one point up to 2020):
      // (0.35 + 0.25 + 0.15) / 0.75 = 1.
      near(hsd.composite, 1);
      const moeTrend = body.data.ranking.find((e: { organisation: { id: string } }) => e.organisation.id === OTHER_ORG).trend;
      // 2016–2020 both at 0 (nothing expected is there, no score yet): tie, rank 1; from 2021 HSD leads.
      assert.deepEqual(moeTrend.slice(0, 7).map((t: { cycle: number; rank: number }) => [t.cycle, t.rank]),
        [[2016, 1], [2017, 1], [2018, 1], [2019, 1], [2020, 1], [2021, 2], [2022, 2]]);
      // 2023 on: HSD has no 2022 data (0) but progress 1: (0 + 0.25) / 0.6 = 0.41667.
      near(hsd.trend.find((t: { cycle: number }) => t.cycle === 2023).composite, 0.25 / 0.6);
    });

    it('GET /scorecard without a cycle shows 2022, the latest cycle in which an organisation has the period due', async () => {
      // Data cover 2020 and 2021: cycle 2022 expects 2021 (present), cycle 2023 and later expect 2022 or later (absent).
      const { body } = await answer(api.app, '/api/v1/scorecard');
      assert.equal(body.data.defaultCycle, 2022);
      assert.equal(body.data.cycle, 2022);
      assert.equal(body.data.ranking[0].components.completeness.numerator, 1);
    });

    it('GET /scorecard/HSD?cycle=2022 is its card: the indicator against the calendar, status by the national method, rank history', async () => {
      const { status, body } = await answer(api.app, `/api/v1/scorecard/${RESPONSIBLE_ORG}?cycle=2022&lang=fr`);
      assert.equal(status, 200);
      const card = body.data;
      assert.deepEqual(card.organisation, { id: RESPONSIBLE_ORG, name: 'Health Services Division', kind: 'division' });
      assert.equal(card.rank, 1);
      assert.equal(card.ranked, 2);
      assert.equal(card.method, 'opensdg');
      near(card.composite, 0.8);
      assert.equal(card.indicators.length, 1);
      const [indicator] = card.indicators;
      assert.equal(indicator.code, INDICATOR);
      assert.ok(indicator.title.length > 0);
      assert.equal(indicator.expectedPeriod, '2021');
      assert.equal(indicator.present, true);
      assert.equal(indicator.deadline, '2022-06-30');
      // The last submission sent by the end of 2022 is S4 (2022-11-01), after the deadline.
      assert.equal(indicator.lastSubmittedAt, '2022-11-01T09:00:00.000Z');
      assert.equal(indicator.lastSubmissionOnTime, false);
      // With all the data (2020, 2021): the same ratio 3.71 → substantial progress, score 5.
      assert.equal(indicator.status, 'substantial_progress');
      assert.equal(indicator.score, 5);
      assert.equal(card.history.length, thisYear - 2015);
      assert.deepEqual(card.history.find((h: { cycle: number }) => h.cycle === 2022), { cycle: 2022, rank: 1, composite: card.composite });
    });

    it('GET /scorecard/MOHFW answers the card of an organisation leading nothing: no rank, no components', async () => {
      const { status, body } = await answer(api.app, '/api/v1/scorecard/MOHFW');
      assert.equal(status, 200);
      assert.equal(body.data.rank, null);
      assert.deepEqual(body.data.indicators, []);
      assert.deepEqual(body.data.history, []);
    });

    it('GET /scorecard/NOPE answers 404 NOT_FOUND; a cycle after this year or before 2016 answers 400 BAD_PARAMETER', async () => {
      const missing = await answer(api.app, '/api/v1/scorecard/NOPE');
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.code, 'NOT_FOUND');
      const late = await answer(api.app, `/api/v1/scorecard?cycle=${thisYear + 1}`);
      assert.equal(late.status, 400);
      assert.match(late.body.error.message, new RegExp(`cycle: must be a year from 2016 to ${thisYear}`));
      assert.equal((await answer(api.app, '/api/v1/scorecard?cycle=2015')).status, 400);
    });

    it('the setting reporting_calendar moves the deadlines: annual 9 months makes cycle 2022\'s moment 2022-09-30 and S2 on time', async () => {
      await api.store.db.insertInto('settings').values({ key: 'reporting_calendar', value: '{"annual": 9}' }).execute();
      const { body } = await answer(api.app, '/api/v1/scorecard?cycle=2022');
      assert.equal(body.data.moment, '2022-09-30');
      // S1 (06-15) and S2 (09-01) both by 2022-09-30: 2 / 2.
      assert.deepEqual(body.data.ranking[0].components.timeliness, { value: 1, numerator: 2, denominator: 2 });
      await api.store.db.deleteFrom('settings').where('key', '=', 'reporting_calendar').execute();
    });
  });
}
