import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { insertObservations, listAudit, listProgressTargets, upsertSeries, upsertSource } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { observation, year } from '../support/builders.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { seedWorkflowData } from '../support/workflow-seed.ts';

/** 3.2.1 under-five mortality, SH_DYN_MORT: the seed publishes 28.8 (2020) and 27.3 (2021) for the total. */
const WHOLE = { direction: 'decrease', baseline: { year: 2015, value: 34 }, milestones: { 2020: 30, 2025: 27 }, target: { year: 2030, value: 25 } };
const GIRLS = { series: 'SH_DYN_MORT', dimensions: { SEX: 'F' }, direction: 'decrease', target: { year: 2030, value: 22 }, limit: 0 };

/** A multipart/form-data body with one file part. */
function multipart(filename: string, text: string): { payload: string; headers: Record<string, string> } {
  const boundary = '----progress-targets-test';
  return {
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n${text}\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

for (const dialect of STORE_DIALECTS) {
  describe(`progress target routes on ${dialect}`, dialectOptions(dialect), () => {
    let admin: SignedIn;
    let reviewer: SignedIn;
    const api = apiSuite(dialect, (store) => seedWorkflowData(store));
    before(async () => {
      admin = await signIn(api.store.db, 'admin');
      reviewer = await signIn(api.store.db, 'reviewer');
    });

    const get = (url: string) => answer(api.app, `/api/v1${url}`);
    const send = (method: 'PUT' | 'DELETE', url: string, who: SignedIn | null, payload?: unknown) => answer(api.app, {
      method, url: `/api/v1${url}`, headers: { ...(who?.headers ?? { 'x-csrf-token': 'anonymous' }), ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
    });
    const importFile = (who: SignedIn, name: string, text: string, dryRun: boolean) => {
      const body = multipart(name, text);
      return answer(api.app, {
        method: 'POST', url: `/api/v1/progress-targets/import${dryRun ? '?dryRun=true' : ''}`, payload: body.payload, headers: { ...who.headers, ...body.headers },
      });
    };
    const national = async () => (await listProgressTargets(api.store.db, '3.2.1')).filter((t) => t.source === 'national');
    const targetEvents = () => listAudit(api.store.db, { entity: 'progress_target' });

    it('GET /indicators/3.2.1/targets answers no national target and the global rule "≤ 25 per 1,000", labelled global', async () => {
      const { status, body } = await get('/indicators/3.2.1/targets');
      assert.equal(status, 200);
      assert.deepEqual([body.data.indicator, body.data.national], ['3.2.1', []]);
      assert.deepEqual({ ...body.data.global, reference: typeof body.data.global.reference },
        { source: 'global', rule: '≤ 25 per 1,000', direction: 'decrease', reference: 'string' });
      assert.equal((await get('/indicators/99.9.9/targets')).status, 404);
    });

    it('PUT /indicators/3.2.1/targets needs an admin: anonymous 401, reviewer 403, and nothing is stored', async () => {
      assert.equal((await send('PUT', '/indicators/3.2.1/targets', null, WHOLE)).status, 401);
      const refused = await send('PUT', '/indicators/3.2.1/targets', reviewer, WHOLE);
      assert.deepEqual([refused.status, refused.body.error.code], [403, 'FORBIDDEN']);
      assert.deepEqual([await national(), await targetEvents()], [[], []]);
    });

    it('PUT creates the target of the whole indicator (201), GET lists it, and a progress-target.create event records it', async () => {
      const { status, body } = await send('PUT', '/indicators/3.2.1/targets', admin, WHOLE);
      assert.equal(status, 201);
      const expected = {
        source: 'national', series: null, unit: null, area: null, dimensions: {}, direction: 'decrease', baseline: { year: 2015, value: 34 },
        milestones: { 2020: 30, 2025: 27 }, target: { year: 2030, value: 25 }, limit: null,
      };
      assert.deepEqual({ ...body.data, updatedAt: undefined }, { ...expected, updatedAt: undefined });
      const listed = (await get('/indicators/3.2.1/targets')).body.data.national;
      assert.deepEqual(listed.map((t: Record<string, unknown>) => ({ ...t, updatedAt: undefined })), [{ ...expected, updatedAt: undefined }]);
      const events = await targetEvents();
      assert.deepEqual(events.map((e) => [e.action, e.entityId, e.userId, e.oldValue]), [['progress-target.create', '3.2.1', admin.userId, null]]);
      assert.deepEqual((events[0]!.newValue as { target: unknown }).target, { year: 2030, value: 25 });
    });

    it('PUT to the same scope replaces the target (200) with an update event holding before and after; the same body again records nothing', async () => {
      const changed = { ...WHOLE, target: { year: 2030, value: 20 } };
      const { status, body } = await send('PUT', '/indicators/3.2.1/targets', admin, changed);
      assert.deepEqual([status, body.data.target], [200, { year: 2030, value: 20 }]);
      assert.equal((await national()).length, 1);
      const again = await send('PUT', '/indicators/3.2.1/targets', admin, changed);
      assert.equal(again.status, 200);
      const events = await targetEvents();
      assert.deepEqual(events.map((e) => e.action), ['progress-target.create', 'progress-target.update']);
      assert.deepEqual([(events[1]!.oldValue as { target: unknown }).target, (events[1]!.newValue as { target: unknown }).target],
        [{ year: 2030, value: 25 }, { year: 2030, value: 20 }]);
    });

    it('PUT of another scope (series SH_DYN_MORT, girls) adds a second target beside the first', async () => {
      const { status, body } = await send('PUT', '/indicators/3.2.1/targets', admin, GIRLS);
      assert.deepEqual([status, body.data.series, body.data.dimensions, body.data.limit], [201, 'SH_DYN_MORT', { SEX: 'F' }, 0]);
      const listed = (await get('/indicators/3.2.1/targets')).body.data.national;
      assert.deepEqual(listed.map((t: { series: string | null; dimensions: object }) => [t.series, t.dimensions]), [[null, {}], ['SH_DYN_MORT', { SEX: 'F' }]]);
    });

    it('GET /progress/indicators/3.2.1 ?dimension=SEX:_T assesses the total against the whole-indicator target, ?dimension=SEX:F girls against theirs, both national', async () => {
      const total = (await get('/progress/indicators/3.2.1?dimension=SEX:_T')).body.data.series;
      assert.deepEqual(total.map((s: { dimensions: object; target: { source: string; target: unknown } }) => [s.dimensions, s.target.source, s.target.target]),
        [[{ AGE: 'Y0T4', SEX: '_T' }, 'national', { year: 2030, value: 20 }]]);
      const girls = (await get('/progress/indicators/3.2.1?dimension=SEX:F')).body.data.series;
      assert.deepEqual(girls.map((s: { dimensions: object; target: { source: string; target: unknown } }) => [s.dimensions, s.target.source, s.target.target]),
        [[{ AGE: 'Y0T4', SEX: 'F' }, 'national', { year: 2030, value: 22 }]]);
    });

    it('PUT refuses a body without direction, with an unknown direction or an unknown field: 422 naming each field, nothing stored', async () => {
      const { direction: _d, ...noDirection } = WHOLE;
      const { status, body } = await send('PUT', '/indicators/3.2.1/targets', admin, { ...noDirection, goal: 3 });
      assert.deepEqual([status, body.error.code], [422, 'VALIDATION_FAILED']);
      assert.deepEqual(body.error.details, [{ field: 'direction', reason: 'is required: increase or decrease' }, { field: 'goal', reason: 'unknown field' }]);
      const sideways = await send('PUT', '/indicators/3.2.1/targets', admin, { ...WHOLE, direction: 'sideways' });
      assert.deepEqual(sideways.body.error.details, [{ field: 'direction', reason: 'must be increase or decrease' }]);
      assert.equal((await national()).length, 2);
    });

    it('PUT refuses years outside 2000–2100, a target year not after the baseline, milestones outside them, an unknown series and an area alias', async () => {
      const { status, body } = await send('PUT', '/indicators/3.2.1/targets', admin, {
        series: 'SH_STA_BRTC', area: 'BGD', direction: 'decrease', baseline: { year: 2020, value: 28.8 },
        milestones: { 2018: 28, 2031: 20, 2150: 10 }, target: { year: 2015, value: 25 },
      });
      assert.deepEqual([status, body.error.code], [422, 'VALIDATION_FAILED']);
      // target 2015 ≤ baseline 2020; 2018 ≤ baseline 2020 and ≥ target 2015; 2031 ≥ target 2015; 2150 > 2100
      assert.deepEqual(body.error.details, [
        { field: 'target.year', reason: 'the target year 2015 is not after the baseline year 2020' },
        { field: 'milestones.2018', reason: 'the milestone year 2018 is not after the baseline year 2020' },
        { field: 'milestones.2018', reason: 'the milestone year 2018 is not before the target year 2015' },
        { field: 'milestones.2031', reason: 'the milestone year 2031 is not before the target year 2015' },
        { field: 'milestones.2150', reason: '2150 is not a year from 2000 to 2100' },
        { field: 'series', reason: '"SH_STA_BRTC" is not a series of indicator 3.2.1 (its series: SH_DYN_MORT)' },
        { field: 'area', reason: '"BGD" is not an area code: use 050' },
      ]);
      const early = await send('PUT', '/indicators/3.2.1/targets', admin, { direction: 'increase', baseline: { year: 1990, value: 1 } });
      assert.deepEqual(early.body.error.details, [{ field: 'baseline.year', reason: '1990 is not a year from 2000 to 2100' }]);
      assert.equal((await national()).length, 2);
    });

    it('DELETE removes one scope (204) with a delete event; the other stays, and a second DELETE answers 404', async () => {
      const before = (await targetEvents()).length;
      assert.equal((await send('DELETE', '/indicators/3.2.1/targets?series=SH_DYN_MORT&dimensions=SEX=F', reviewer)).status, 403);
      const { status } = await send('DELETE', '/indicators/3.2.1/targets?series=SH_DYN_MORT&dimensions=SEX%3DF', admin);
      assert.equal(status, 204);
      assert.deepEqual((await national()).map((t) => t.series ?? null), [null]);
      const events = await targetEvents();
      assert.equal(events.length, before + 1);
      assert.deepEqual([events.at(-1)!.action, (events.at(-1)!.oldValue as { dimensions: object }).dimensions, events.at(-1)!.newValue],
        ['progress-target.delete', { SEX: 'F' }, null]);
      assert.equal((await send('DELETE', '/indicators/3.2.1/targets?series=SH_DYN_MORT&dimensions=SEX%3DF', admin)).status, 404);
    });

    const FILE = [
      'indicator,series,unit,area,dimensions,direction,baseline_year,baseline_value,milestone_2020,milestone_2025,target_year,target_value,limit',
      '3.2.1,,,,,decrease,2015,34,30,27,2030,20,',
      '3.2.1,SH_DYN_MORT,,,SEX=M,decrease,2015,36,,,2030,26,',
      '4.1.1,,,050,,increase,,,,,2030,100,100',
    ].join('\n');

    it('an import dry run answers what each row would do and writes nothing', async () => {
      const eventsBefore = (await listAudit(api.store.db)).length;
      const { status, body } = await importFile(admin, 'targets.csv', FILE, true);
      assert.equal(status, 200);
      // line 2 equals the stored whole-indicator target (unchanged); lines 3 and 4 are new scopes
      assert.deepEqual([body.data.dryRun, body.data.written, body.data.rowsRead, body.data.indicators, body.data.added, body.data.changed, body.data.unchanged],
        [true, false, 3, 2, 2, 0, 1]);
      assert.deepEqual(body.data.targets.map((t: { line: number; indicator: string; action: string }) => [t.line, t.indicator, t.action]),
        [[2, '3.2.1', 'unchanged'], [3, '3.2.1', 'add'], [4, '4.1.1', 'add']]);
      assert.equal((await national()).length, 1);
      assert.equal((await listProgressTargets(api.store.db, '4.1.1')).length, 0);
      assert.equal((await listAudit(api.store.db)).length, eventsBefore);
    });

    it('an import with one bad row refuses the whole file with 422 naming file, line and column, and writes nothing', async () => {
      const bad = `${FILE}\n1.2.1,,,,,decrease,2020,40,,,2019,20,`;
      const { status, body } = await importFile(admin, 'targets.csv', bad, false);
      assert.deepEqual([status, body.error.code], [422, 'VALIDATION_FAILED']);
      assert.deepEqual(body.error.details, [{ file: 'targets.csv', line: 5, column: 'target_year', reason: 'the target year 2019 is not after the baseline year 2020' }]);
      const unreadable = await importFile(admin, 'targets.csv', `${FILE}\n3.3.1,,,,,sideways,,,,,,,`, false);
      assert.deepEqual(unreadable.body.error.details.map((d: { line: number; column: string }) => [d.line, d.column]), [[5, 'direction']]);
      assert.equal((await national()).length, 1);
      assert.equal((await listProgressTargets(api.store.db, '4.1.1')).length, 0);
      assert.equal((await listAudit(api.store.db, { action: 'progress-target.import' })).length, 0);
    });

    it('an import of a file over 5 MiB answers 422 naming the file, and writes nothing', async () => {
      const { status, body } = await importFile(admin, 'huge.csv', `indicator,direction\n${'3.2.1,decrease\n'.repeat(400_000)}`, false);
      // 20 + 400,000 × 15 bytes = 6,000,020 bytes > 5 × 1,048,576 = 5,242,880
      assert.deepEqual([status, body.error.code, body.error.details], [422, 'VALIDATION_FAILED', [{ file: 'huge.csv', line: 0, column: '', reason: 'file too large: over 5242880 bytes' }]]);
      assert.equal((await listAudit(api.store.db, { action: 'progress-target.import' })).length, 0);
    });

    it('an import writes the file in one go with a progress-target.import event; a reviewer gets 403', async () => {
      const refused = await importFile(reviewer, 'targets.csv', FILE, false);
      assert.equal(refused.status, 403);
      const { status, body } = await importFile(admin, 'targets.csv', FILE, false);
      assert.deepEqual([status, body.data.written, body.data.added, body.data.unchanged], [200, true, 2, 1]);
      assert.deepEqual((await national()).map((t) => [t.series ?? null, t.dimensions, t.target?.value]), [[null, {}, 20], ['SH_DYN_MORT', { SEX: 'M' }, 26]]);
      assert.deepEqual((await listProgressTargets(api.store.db, '4.1.1')).map((t) => [t.area, t.limit, t.direction]), [['050', 100, 'increase']]);
      const [event] = await listAudit(api.store.db, { action: 'progress-target.import' });
      assert.deepEqual([event?.userId, event?.comment, (event?.newValue as { targets: unknown[] }).targets.length], [admin.userId, 'targets.csv', 2]);
    });

    it('GET /progress/settings answers the defaults: opensdg, 2015, ESCAP thresholds 1 and 0', async () => {
      assert.deepEqual((await get('/progress/settings')).body, { data: { method: 'opensdg', baseYear: 2015, escapThresholds: { maintain: 1, reverse: 0 } } });
    });

    it('PUT /progress/settings stores method, base year and thresholds (audited) and GET answers them back; a reviewer gets 403', async () => {
      const change = { method: 'escap-ap', baseYear: 2016, escapThresholds: { maintain: 0.9, reverse: -0.1 } };
      assert.equal((await send('PUT', '/progress/settings', reviewer, change)).status, 403);
      const { status, body } = await send('PUT', '/progress/settings', admin, change);
      assert.deepEqual([status, body.data], [200, change]);
      assert.deepEqual((await get('/progress/settings')).body.data, change);
      const partial = await send('PUT', '/progress/settings', admin, { baseYear: 2017 });
      assert.deepEqual(partial.body.data, { ...change, baseYear: 2017 });
      const events = await listAudit(api.store.db, { action: 'progress.settings' });
      assert.deepEqual(events.map((e) => [e.userId, (e.oldValue as { baseYear: number }).baseYear, (e.newValue as { baseYear: number }).baseYear]),
        [[admin.userId, 2015, 2016], [admin.userId, 2016, 2017]]);
    });

    it('PUT /progress/settings refuses an unknown method, a base year outside 2000–2030, maintain not above 0 and reverse above 0, naming each field', async () => {
      const method = await send('PUT', '/progress/settings', admin, { method: 'fastest' });
      assert.deepEqual([method.status, method.body.error.code, method.body.error.details.map((d: { field: string }) => d.field)], [422, 'VALIDATION_FAILED', ['method']]);
      const rest = await send('PUT', '/progress/settings', admin, { baseYear: 2031, escapThresholds: { maintain: 0.5, reverse: 0.5 } });
      assert.deepEqual(rest.body.error.details, [
        { field: 'baseYear', reason: '2031 is not a year from 2000 to 2030' },
        { field: 'escapThresholds.reverse', reason: 'reverse (0.5) must be 0 or below: a ratio above 0 is progress towards the target, not away from it' },
      ]);
      const still = await send('PUT', '/progress/settings', admin, { escapThresholds: { maintain: 0, reverse: -1 } });
      assert.deepEqual([still.status, still.body.error.details], [422, [
        { field: 'escapThresholds.maintain', reason: 'maintain (0) must be above 0: it is the share of the required progress from which a series is on track' },
      ]]);
      assert.deepEqual((await get('/progress/settings')).body.data, { method: 'escap-ap', baseYear: 2017, escapThresholds: { maintain: 0.9, reverse: -0.1 } });
    });

    it('PUT refuses a target and milestones on the wrong side of the baseline for the direction, or beyond the natural limit, naming each field', async () => {
      const down = await send('PUT', '/indicators/3.2.1/targets', admin, {
        direction: 'decrease', baseline: { year: 2015, value: 34 }, milestones: { 2020: 36, 2025: 27 }, target: { year: 2030, value: 40 }, limit: 30,
      });
      assert.deepEqual([down.status, down.body.error.code], [422, 'VALIDATION_FAILED']);
      // decrease: target 40 > baseline 34, milestone 36 > 34; limit 30: milestone 27 < 30 (target 40 is not below it)
      assert.deepEqual(down.body.error.details, [
        { field: 'target.value', reason: 'the target value 40 is above the baseline value 34, but the direction is decrease' },
        { field: 'milestones.2020', reason: 'the 2020 milestone 36 is above the baseline value 34, but the direction is decrease' },
        { field: 'milestones.2025', reason: 'the 2025 milestone 27 is below the natural limit 30' },
      ]);
      const up = await send('PUT', '/indicators/3.2.1/targets', admin, { direction: 'increase', baseline: { year: 2015, value: 50 }, target: { year: 2030, value: 40 }, limit: 30 });
      // increase: target 40 < baseline 50, and 40 > limit 30
      assert.deepEqual(up.body.error.details, [
        { field: 'target.value', reason: 'the target value 40 is below the baseline value 50, but the direction is increase' },
        { field: 'target.value', reason: 'the target value 40 is above the natural limit 30' },
      ]);
      assert.equal((await national()).length, 2);
    });

    it('PUT refuses a dimension ID or code the data of 3.2.1 do not hold, naming the IDs and codes they do', async () => {
      const { status, body } = await send('PUT', '/indicators/3.2.1/targets', admin, {
        dimensions: { FOO: 'bar', SEX: 'Q' }, direction: 'decrease', target: { year: 2030, value: 20 },
      });
      assert.deepEqual([status, body.error.details], [422, [
        { field: 'dimensions.FOO', reason: 'FOO is not a dimension of the data of indicator 3.2.1 (its dimensions: AGE, SEX)' },
        { field: 'dimensions.SEX', reason: '"Q" is not a SEX code of the data of indicator 3.2.1 (its codes: F, M, _T)' },
      ]]);
      assert.equal((await national()).length, 2);
    });

    it('an import reports every problem of the file in one pass with file, line and column: format, year order, direction, limit and codes together', async () => {
      const text = [
        'indicator,series,unit,area,dimensions,direction,baseline_year,baseline_value,target_year,target_value,limit',
        '3.2.1,,,,,sideways,2015,34,2030,20,',
        '3.2.1,SH_DYN_MORT,,,SEX=F,decrease,2020,26.6,2019,20,',
        '3.2.1,SH_DYN_MORT,,,SEX=M,decrease,2015,30.8,2030,32,',
        '3.2.1,SH_DYN_MORT,,,SEX=Q,decrease,2015,30.8,2030,20,25',
      ].join('\n');
      const { status, body } = await importFile(admin, 'targets.csv', text, true);
      assert.equal(status, 422);
      // line 3: 2019 ≤ 2020; line 4: 32 > 30.8 for decrease; line 5: 20 < limit 25, and SEX has F, M, _T only
      assert.deepEqual(body.error.details, [
        { file: 'targets.csv', line: 2, column: 'direction', reason: '"sideways" is not a direction (increase or decrease)' },
        { file: 'targets.csv', line: 3, column: 'target_year', reason: 'the target year 2019 is not after the baseline year 2020' },
        { file: 'targets.csv', line: 4, column: 'target_value', reason: 'the target value 32 is above the baseline value 30.8, but the direction is decrease' },
        { file: 'targets.csv', line: 5, column: 'target_value', reason: 'the target value 20 is below the natural limit 25' },
        { file: 'targets.csv', line: 5, column: 'dimensions', reason: '"Q" is not a SEX code of the data of series SH_DYN_MORT (its codes: F, M, _T)' },
      ]);
      assert.match(body.error.message, /^4 of 4 rows of targets\.csv are not valid/);
      assert.equal((await national()).length, 2);
    });

    it('once 3.2.1 also has deaths counted (NUMBER), a target without a unit is refused with the units to choose from, by PUT and by import', async () => {
      await api.store.db.transaction().execute(async (trx) => {
        await upsertSeries(trx, [{ code: 'SH_DYN_MORTN', name: 'Under-five deaths', unit: 'NUMBER', indicators: [{ indicatorId: '3.2.1', relation: 'measures' }] }]);
        const source = await upsertSource(trx, { key: 'test:u5deaths', kind: 'test', title: 'UN SDG Global Database', licence: 'CC BY 4.0' }, '2024-01-15T00:00:00.000Z');
        await insertObservations(api.store, trx, source, [observation({
          series: 'SH_DYN_MORTN', unit: 'NUMBER', period: year('2021'), dimensions: { SEX: '_T', AGE: 'Y0T4' }, value: 88_000,
        })]);
      });
      const { status, body } = await send('PUT', '/indicators/3.2.1/targets', admin, WHOLE);
      assert.deepEqual([status, body.error.details], [422, [{ field: 'unit', reason: 'indicator 3.2.1 comes in several units: choose one of NUMBER, PER_1000_LIVE_BIRTHS' }]]);
      const wrong = await send('PUT', '/indicators/3.2.1/targets', admin, { ...WHOLE, series: 'SH_DYN_MORT', unit: 'NUMBER' });
      assert.deepEqual(wrong.body.error.details, [{ field: 'unit', reason: '"NUMBER" is not a unit of the data of series SH_DYN_MORT (its units: PER_1000_LIVE_BIRTHS)' }]);
      const rate = await send('PUT', '/indicators/3.2.1/targets', admin, { ...WHOLE, unit: 'PER_1000_LIVE_BIRTHS' });
      assert.deepEqual([rate.status, rate.body.data.unit], [201, 'PER_1000_LIVE_BIRTHS']);
      const file = await importFile(admin, 'targets.csv', 'indicator,direction,target_year,target_value\n3.2.1,decrease,2030,20\n', true);
      assert.deepEqual(file.body.error.details, [
        { file: 'targets.csv', line: 2, column: 'unit', reason: 'indicator 3.2.1 comes in several units: choose one of NUMBER, PER_1000_LIVE_BIRTHS' },
      ]);
    });
  });
}
