import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, describe, it } from 'node:test';
import { answer, apiSuite } from '../support/api-suite.ts';
import type { SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { entry, IMPORTED_AT, seedWorkflow, workflowUser } from '../workflow/submissions/workflow-seed.ts';

/**
 * The whole life of a 3.2.1 submission through the API: a provider of the lead organisation opens it and enters
 * values, a reviewer approves, the public API shows the new values at once, the history and `asOf` keep the old
 * ones, the periods are locked until an admin re-opens the submission.
 */
for (const dialect of STORE_DIALECTS) {
  describe(`submission workflow API on ${dialect}`, dialectOptions(dialect), () => {
    let provider: SignedIn;
    let associate: SignedIn;
    let outsider: SignedIn;
    let reviewer: SignedIn;
    let admin: SignedIn;
    let id: number;
    let revision: number;
    let beforeApproval: string;
    let approvedAt: string;
    const api = apiSuite(dialect, (store) => seedWorkflow(store, { framework: true }));
    before(async () => {
      provider = (await workflowUser(api.store, 'provider', ['MOHFW'])).signed;
      associate = (await workflowUser(api.store, 'provider', ['BBS'])).signed;
      outsider = (await workflowUser(api.store, 'provider', ['MOE'])).signed;
      reviewer = (await workflowUser(api.store, 'reviewer')).signed;
      admin = (await workflowUser(api.store, 'admin')).signed;
    });

    const call = (who: SignedIn | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
      answer(api.app, { method, url: `/api/v1${url}`, headers: who?.headers ?? {}, ...(payload === undefined ? {} : { payload: payload as object }) });
    const publicValues = async (query: string) => {
      const { body } = await call(null, 'GET', `/indicators/3.2.1/observations?${query}`);
      return (body.data as { timePeriod: string; dimensions: { SEX: string }; value: number }[]).map((o) => `${o.timePeriod} ${o.dimensions.SEX} ${o.value}`);
    };

    it('POST /indicators/3.2.1/submission opens a draft of the lead organisation (201); the associate organisation gets the same one (200)', async () => {
      const opened = await call(provider, 'POST', '/indicators/3.2.1/submission', {});
      assert.equal(opened.status, 201);
      assert.equal(opened.body.data.state, 'draft');
      assert.equal(opened.body.data.organisationId, 'MOHFW');
      assert.equal(opened.body.data.organisationName, 'Ministry of Health and Family Welfare');
      assert.match(opened.body.data.indicatorTitle, /^Under.5 mortality rate$/);
      assert.deepEqual(opened.body.data.allowedActions, ['edit', 'submit', 'discard']);
      const again = await call(associate, 'POST', '/indicators/3.2.1/submission', {});
      assert.equal(again.status, 200);
      assert.equal(again.body.data.id, opened.body.data.id);
      id = opened.body.data.id;
    });

    it('a provider of another organisation gets 403 on opening, reading and writing 3.2.1', async () => {
      assert.equal((await call(outsider, 'POST', '/indicators/3.2.1/submission', {})).status, 403);
      assert.equal((await call(outsider, 'GET', `/submissions/${id}`)).status, 403);
      const write = await call(outsider, 'PUT', `/submissions/${id}/changes`, { changes: [entry({ timePeriod: '2022', value: 26.1 })] });
      assert.deepEqual([write.status, write.body.error.code], [403, 'FORBIDDEN']);
      assert.equal((await call(reviewer, 'PUT', `/submissions/${id}/changes`, { changes: [entry({ timePeriod: '2022', value: 26.1 })] })).status, 403);
    });

    it('PUT /submissions/{id}/changes saves a correction, a new year and a removal, each at revision 1', async () => {
      const saved = await call(provider, 'PUT', `/submissions/${id}/changes`, {
        changes: [entry({ sex: 'F', value: 25.0 }), entry({ timePeriod: '2022', value: 26.1 }), entry({ timePeriod: '2020', sex: 'M', value: null })],
      });
      assert.equal(saved.status, 200);
      assert.deepEqual(saved.body.data.changes.map((c: { op: string; revision: number; value: number | null }) => [c.op, c.revision, c.value]),
        [['upsert', 1, 25.0], ['upsert', 1, 26.1], ['delete', 1, null]]);
      assert.deepEqual(saved.body.data.issues, []);
      revision = saved.body.data.submission.revision;
    });

    it('a save naming a stale revision gets 409 CONFLICT carrying the current value, and saves nothing', async () => {
      const stale = await call(associate, 'PUT', `/submissions/${id}/changes`, {
        changes: [entry({ timePeriod: '2022', value: 99, baseRevision: 0 }), entry({ timePeriod: '2021', sex: 'M', value: 29.0 })],
      });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error.code, 'CONFLICT');
      const { current } = stale.body.error.details;
      assert.deepEqual([current.value, current.revision, current.updatedBy, current.attributes], [26.1, 1, provider.username, {}]);
      const detail = await call(provider, 'GET', `/submissions/${id}`);
      assert.equal(detail.body.data.changes.length, 3);
      assert.equal(detail.body.data.revision, revision);
    });

    it('GET /submissions/{id} lists each change with the published value beside it (old → new)', async () => {
      const { body } = await call(reviewer, 'GET', `/submissions/${id}`);
      const byKey = Object.fromEntries(body.data.changes.map((c: { timePeriod: string; dimensions: { SEX: string }; old: { value: number } | null; new: { value: number } | null }) =>
        [`${c.timePeriod} ${c.dimensions.SEX}`, [c.old?.value ?? null, c.new?.value ?? null]]));
      assert.deepEqual(byKey, { '2020 M': [30.8, null], '2021 F': [25.2, 25.0], '2022 _T': [null, 26.1] });
      assert.deepEqual(body.data.events.map((e: { action: string }) => e.action), ['submission.open']);
    });

    it('submit sends it for review and notifies the reviewer; the reviewer sees it in the queue', async () => {
      const submitted = await call(provider, 'POST', `/submissions/${id}/submit`, { revision, comment: 'UN IGME 2024 round' });
      assert.equal(submitted.status, 200);
      assert.equal(submitted.body.data.state, 'submitted');
      assert.equal(submitted.body.data.submittedBy, provider.username);
      revision = submitted.body.data.revision;
      const queue = await call(reviewer, 'GET', '/submissions?state=submitted');
      assert.deepEqual(queue.body.data.map((s: { id: number }) => s.id), [id]);
      assert.deepEqual(queue.body.data[0].allowedActions, ['approve', 'return']);
      const notes = await call(reviewer, 'GET', '/notifications');
      assert.equal(notes.body.data.unread, 1);
      assert.deepEqual([notes.body.data.items[0].kind, notes.body.data.items[0].payload.submissionId, notes.body.data.items[0].link],
        ['submission.submitted', id, `/work/submissions/${id}`]);
    });

    it('approve publishes at once: the public API shows the new values in the same second', async () => {
      beforeApproval = new Date().toISOString();
      await sleep(5);
      const approved = await call(reviewer, 'POST', `/submissions/${id}/approve`, { revision, comment: 'Checked against UN IGME' });
      assert.equal(approved.status, 200);
      assert.equal(approved.body.data.state, 'approved');
      assert.deepEqual(approved.body.data.applied, { inserted: 1, updated: 1, deleted: 1, unchanged: 0, periods: ['2020', '2021', '2022'] });
      approvedAt = approved.body.data.decidedAt;
      assert.deepEqual(await publicValues('SEX=F'), ['2020 F 26.6', '2021 F 25']);
      assert.deepEqual(await publicValues('SEX=M'), ['2021 M 29.2']);
      assert.deepEqual(await publicValues('SEX=_T'), ['2020 _T 28.8', '2021 _T 27.3', '2022 _T 26.1']);
      const notes = await call(provider, 'GET', '/notifications');
      assert.equal(notes.body.data.items[0].kind, 'submission.approved');
    });

    it('approving the first published data of an indicator marks it reported online, recorded in the audit trail', async () => {
      const goal = await call(null, 'GET', '/goals/3');
      const indicator = goal.body.data.targets.flatMap((t: { indicators: { code: string; reportingStatus: string }[] }) => t.indicators)
        .find((i: { code: string }) => i.code === '3.2.1');
      assert.equal(indicator.reportingStatus, 'complete');
      const audit = await call(admin, 'GET', '/audit?action=indicator.reporting_status');
      assert.deepEqual(audit.body.data.map((e: { entityId: string; old: unknown; new: unknown }) => [e.entityId, e.old, e.new]), [['3.2.1', null, 'complete']]);
    });

    it('GET /observations/{id}/history keeps the replaced version with its valid interval and the audit event', async () => {
      const { body: grid } = await call(provider, 'GET', '/indicators/3.2.1/grid');
      const female = grid.data.rows.find((r: { dimensions: { SEX: string } }) => r.dimensions.SEX === 'F');
      const observationId = female.cells['2021'].published.observationId;
      const { status, body } = await call(reviewer, 'GET', `/observations/${observationId}/history`);
      assert.equal(status, 200);
      assert.deepEqual(body.data.versions.map((v: { value: number; validFrom: string; validTo: string | null; submissionId: number | null }) =>
        [v.value, v.validFrom, v.validTo, v.submissionId]), [[25.2, IMPORTED_AT, approvedAt, id], [25.0, approvedAt, null, null]]);
      assert.deepEqual(body.data.events.map((e: { action: string; old: { value: number }; new: { value: number }; submissionId: number; comment: string; user: string }) =>
        [e.action, e.old.value, e.new.value, e.submissionId, e.comment, e.user]),
      [['observation.update', 25.2, 25.0, id, 'Checked against UN IGME', reviewer.username]]);
    });

    it('asOf before the approval answers the old values; after it, the new ones; a date alone means the end of that day', async () => {
      assert.deepEqual(await publicValues(`SEX=F&asOf=${encodeURIComponent(beforeApproval)}`), ['2020 F 26.6', '2021 F 25.2']);
      assert.deepEqual(await publicValues(`SEX=M&asOf=${encodeURIComponent(beforeApproval)}`), ['2020 M 30.8', '2021 M 29.2']);
      assert.deepEqual(await publicValues(`SEX=_T&asOf=${encodeURIComponent(beforeApproval)}`), ['2020 _T 28.8', '2021 _T 27.3']);
      assert.deepEqual(await publicValues(`SEX=F&asOf=${encodeURIComponent(new Date().toISOString())}`), ['2020 F 26.6', '2021 F 25']);
      assert.deepEqual(await publicValues('SEX=F&asOf=2026-01-01'), ['2020 F 26.6', '2021 F 25.2']);
      assert.deepEqual(await publicValues('asOf=2025-12-31'), []);
      const bad = await call(null, 'GET', '/indicators/3.2.1/observations?asOf=2026-02-30');
      assert.deepEqual([bad.status, bad.body.error.code], [400, 'BAD_PARAMETER']);
    });

    it('an approved period is locked: a new draft writing 2021 gets 409 INVALID_STATE naming the period and the approval', async () => {
      const opened = await call(provider, 'POST', '/indicators/3.2.1/submission', {});
      assert.equal(opened.status, 201);
      const locked = await call(provider, 'PUT', `/submissions/${opened.body.data.id}/changes`, { changes: [entry({ sex: 'M', value: 29.0 })] });
      assert.equal(locked.status, 409);
      assert.equal(locked.body.error.code, 'INVALID_STATE');
      assert.match(locked.body.error.message, new RegExp(`time period 2021 of indicator 3.2.1 is locked by the approval of submission ${id}`));
      const { body: grid } = await call(provider, 'GET', '/indicators/3.2.1/grid');
      assert.deepEqual(grid.data.locks.map((l: { timePeriod: string }) => l.timePeriod), ['2020', '2021', '2022']);
      assert.equal(grid.data.rows[0].cells['2021'].locked, true);
    });

    it('reopen is refused to a reviewer and without a comment; an admin re-opens, which unlocks the periods and is recorded', async () => {
      assert.equal((await call(reviewer, 'POST', `/submissions/${id}/reopen`, { comment: 'Revised' })).status, 403);
      const noComment = await call(admin, 'POST', `/submissions/${id}/reopen`, { comment: ' ' });
      assert.deepEqual([noComment.status, noComment.body.error.code], [400, 'BAD_PARAMETER']);
      const reopened = await call(admin, 'POST', `/submissions/${id}/reopen`, { comment: 'BBS revised the 2021 figures' });
      assert.equal(reopened.status, 200);
      assert.deepEqual([reopened.body.data.state, reopened.body.data.unlocked], ['reopened', ['2020', '2021', '2022']]);
      const twice = await call(admin, 'POST', `/submissions/${id}/reopen`, { comment: 'again' });
      assert.deepEqual([twice.status, twice.body.error.code], [409, 'INVALID_STATE']);
      const audit = await call(admin, 'GET', `/audit?submission=${id}&action=submission.`);
      assert.deepEqual(audit.body.data.map((e: { action: string }) => e.action),
        ['submission.open', 'submission.submit', 'submission.approve', 'submission.reopen']);
      assert.deepEqual(audit.body.data[3].new, { state: 'reopened', revision: reopened.body.data.revision, unlocked: ['2020', '2021', '2022'] });
      assert.equal(audit.body.data[3].comment, 'BBS revised the 2021 figures');
      const open = await call(provider, 'POST', '/indicators/3.2.1/submission', {});
      const write = await call(provider, 'PUT', `/submissions/${open.body.data.id}/changes`, { changes: [entry({ sex: 'M', value: 29.0 })] });
      assert.equal(write.status, 200);
    });

    it('return needs a comment; the provider then sees it in GET /work/tasks', async () => {
      const open = (await call(provider, 'POST', '/indicators/3.2.1/submission', {})).body.data;
      const sent = await call(provider, 'POST', `/submissions/${open.id}/submit`, { revision: open.revision });
      const rev = sent.body.data.revision;
      const bare = await call(reviewer, 'POST', `/submissions/${open.id}/return`, { revision: rev, comment: '' });
      assert.deepEqual([bare.status, bare.body.error.code], [400, 'BAD_PARAMETER']);
      const returned = await call(reviewer, 'POST', `/submissions/${open.id}/return`, { revision: rev, comment: 'Give the source of the 2021 male value' });
      assert.equal(returned.body.data.state, 'returned');
      const tasks = await call(provider, 'GET', '/work/tasks');
      const task = tasks.body.data.indicators.find((t: { indicatorId: string }) => t.indicatorId === '3.2.1');
      assert.deepEqual([task.submission.state, task.returnedComment, task.latestPeriod, task.organisations[0].role],
        ['returned', 'Give the source of the 2021 male value', '2022', 'lead']);
      const counts = await call(reviewer, 'GET', '/work/tasks');
      assert.deepEqual(counts.body.data.queue, { draft: 0, submitted: 0, returned: 1, approved: 1 });
      const discarded = await call(provider, 'DELETE', `/submissions/${open.id}`);
      assert.equal(discarded.status, 204);
    });
  });
}
