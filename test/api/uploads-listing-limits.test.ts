import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countDraftChanges, insertValidationRule, listDraftChanges } from '../../src/store/index.ts';
import { LISTED_ISSUES, LISTED_ROWS } from '../../src/workflow/uploads/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { multipart, seedUploads } from './uploads-support.ts';

const HEADER = 'TIME_PERIOD,SERIES,UNIT_MEASURE,UNIT_MULT,REF_AREA,SEX,AGE,OBS_VALUE,OBS_STATUS,NATURE,SOURCE_DETAIL,COMMENT_OBS';
/** Years 1801–2000 for Bangladesh and Dhaka, by sex: 1,200 rows, more than an answer lists. */
const YEARS = Array.from({ length: 200 }, (_, i) => 1801 + i);
const AREAS = ['050', 'BD-13'];
const SEXES = ['F', 'M', '_T'];
const ROWS = YEARS.length * AREAS.length * SEXES.length;

/** Under-five mortality going `low`, `high`, `low` … year by year (10, 20 by default): every year after the first moves. */
function seesaw(low = 10, high = 20): string {
  const lines = [HEADER];
  for (const year of YEARS) {
    for (const area of AREAS) {
      for (const sex of SEXES) lines.push(`${year},SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,${area},${sex},Y0T4,${year % 2 === 0 ? high : low},,E,,`);
    }
  }
  return `${lines.join('\n')}\n`;
}

for (const dialect of STORE_DIALECTS) {
  describe(`uploads on ${dialect}: a file of more rows than an answer lists`, dialectOptions(dialect), () => {
    let provider: SignedIn;
    let submissionId: number;
    const api = apiSuite(dialect, async (store) => {
      submissionId = await seedUploads(store, async () => (provider = await signIn(store.db, 'provider', ['MOHFW'])).userId);
      await insertValidationRule(store.db, '3.2.1', { kind: 'yoy_change', severity: 'warning', params: { maxPercent: 20 } }, null, '2026-02-01T00:00:00.000Z');
    });

    const upload = async (query: string, bytes: string) => {
      const body = multipart('seesaw.csv', bytes);
      return answer(api.app, { method: 'POST', url: `/api/v1/submissions/${submissionId}/uploads${query}`, headers: { ...provider.headers, ...body.headers }, payload: body.payload });
    };

    it('the dry run counts all 1,200 rows and 1,194 warnings, lists the first 500 added and 1,000 issues, and its digest is the one the confirm plans', async () => {
      const dry = await upload('?mode=merge', seesaw());
      assert.equal(dry.status, 200);
      const plan = dry.body.data;
      assert.deepEqual([plan.rowsRead, plan.counts, plan.issueCounts, plan.truncated], [
        ROWS, { added: ROWS, changed: 0, deleted: 0, unchanged: 0 }, { errors: 0, warnings: ROWS - AREAS.length * SEXES.length },
        { added: true, changed: false, deleted: false, issues: true },
      ]);
      assert.deepEqual([plan.added.length, plan.issues.length, plan.canConfirm], [LISTED_ROWS, LISTED_ISSUES, true]);
      assert.deepEqual(plan.added.slice(0, 2).map((a: any) => [a.row, a.observation.key]), [
        [2, 'SH_DYN_MORT|050|1801||AGE=Y0T4|SEX=F||PER_1000_LIVE_BIRTHS'], [3, 'SH_DYN_MORT|050|1801||AGE=Y0T4|SEX=M||PER_1000_LIVE_BIRTHS'],
      ]);
      assert.equal(plan.issues[0].reason, "yoy_change: value 20 for 1802 is 100% above 10 for 1801, more than the allowed change of 20% (rule 'yoy_change', warning)");

      const confirmed = await upload(`?mode=merge&confirm=${plan.digest}`, seesaw());
      assert.equal(confirmed.status, 200);
      assert.deepEqual([confirmed.body.data.committed, confirmed.body.data.digest, confirmed.body.data.counts], [true, plan.digest, plan.counts]);
      assert.equal(await countDraftChanges(api.store.db, submissionId), ROWS);
    });

    it('GET /submissions/{id} lists 500 changes a page in key order with every issue count, and pages on with offset', async () => {
      const keys = (await listDraftChanges(api.store.db, submissionId)).map((c) => c.key);
      const first = await answer(api.app, { url: `/api/v1/submissions/${submissionId}`, headers: provider.headers });
      assert.equal(first.status, 200);
      const detail = first.body.data;
      assert.deepEqual([detail.changeCount, detail.changesPage, detail.truncated, detail.issues.length], [
        ROWS, { total: ROWS, offset: 0, limit: 500 }, { changes: true, issues: true }, 1000,
      ]);
      assert.equal(detail.issueCounts.warnings, ROWS - AREAS.length * SEXES.length);
      assert.deepEqual(detail.changes.map((c: { key: string }) => c.key), keys.slice(0, 500));

      const last = (await answer(api.app, { url: `/api/v1/submissions/${submissionId}?offset=1000&limit=500`, headers: provider.headers })).body.data;
      assert.deepEqual([last.changesPage, last.changes.length], [{ total: ROWS, offset: 1000, limit: 500 }, ROWS - 1000]);
      assert.deepEqual(last.changes.map((c: { key: string }) => c.key), keys.slice(1000));
      const change = last.changes.find((c: { key: string }) => c.key === 'SH_DYN_MORT|BD-13|2000||AGE=Y0T4|SEX=_T||PER_1000_LIVE_BIRTHS');
      assert.deepEqual(change.issues.map((i: { kind: string; message: string }) => [i.kind, i.message.split(',')[0]]), [
        ['yoy_change', 'value 20 for 2000 is 100% above 10 for 1999'],
      ]);
      const refused = await answer(api.app, { url: `/api/v1/submissions/${submissionId}?limit=0`, headers: provider.headers });
      assert.deepEqual([refused.status, refused.body.error.code], [400, 'BAD_PARAMETER']);
    });

    it('a confirm refused for an error lists that error first, before 1,000 warnings, in the details', async () => {
      const bad = seesaw(30, 60).replace(/\n2000,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,BD-13,_T,Y0T4,60,/, '\n2000,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,BD-13,_T,Y0T4,sixty,');
      const dry = (await upload('?mode=merge', bad)).body.data;
      assert.deepEqual([dry.issueCounts.errors, dry.canConfirm, dry.issues[0].reason], [1, false, 'not a number: "sixty"']);
      const refused = await upload(`?mode=merge&confirm=${dry.digest}`, bad);
      assert.deepEqual([refused.status, refused.body.error.details.length, refused.body.error.details[0]], [422, LISTED_ISSUES, dry.issues[0]]);
    });
  });
}
