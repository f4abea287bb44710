import { upsertProgressTargets } from '../../src/store/index.ts';
import { TEST_PASSWORD, type SignedIn } from './auth.ts';
import { CALLERS, INDICATOR, OTHER_ORG, RESPONSIBLE_ORG, SERIES, UNIT, valueEntry, type Caller } from './workflow-seed.ts';
import type { TargetFactory } from './workflow-targets.ts';

/**
 * Who may call each state-changing route under /api/v1 (docs/decisions/0004-data-governance.md, API table), and how
 * to build a request that succeeds for an allowed caller: the thing it acts on is made fresh for each request. The
 * authorization matrix test asks every route with every caller and fails when the app registers a route this table
 * does not name.
 */

/** What a caller gets: allowed (2xx), or refused with exactly this status. */
export type Outcome = 'allowed' | 401 | 403 | 'refused otherwise';

/** One request: the URL with its parameters filled in, the body, extra headers (e.g. a multipart content type). */
export interface MatrixRequest {
  url: string;
  payload?: string | object;
  headers?: Record<string, string>;
}

export interface RouteExpectation {
  /** The callers that succeed; anonymous callers otherwise get 401, signed-in ones 403. */
  allowed: readonly Caller[];
  /** Makes what the request acts on and builds it; `who` is the caller (null when anonymous). */
  request: (targets: TargetFactory, who: SignedIn | null) => Promise<MatrixRequest>;
  /** Runs after each caller's request (e.g. closes the submission the request opened). */
  cleanUp?: (targets: TargetFactory) => Promise<void>;
}

const EVERYONE = CALLERS;
export const SIGNED_IN: readonly Caller[] = CALLERS.filter((c) => c !== 'anonymous');
const ADMIN: readonly Caller[] = ['admin'];
const WRITERS: readonly Caller[] = ['provider', 'admin'];
const REVIEWERS: readonly Caller[] = ['reviewer', 'admin'];
const NEW_PASSWORD = 'a new passphrase for tests';

/** The table, keyed `METHOD /api/v1/path/:param` as Fastify registers the route. */
export const ROUTE_EXPECTATIONS: Readonly<Record<string, RouteExpectation>> = {
  // Sign-in: anyone may log in and out; a signed-in user changes their own password.
  'POST /api/v1/auth/login': {
    allowed: EVERYONE,
    request: async (t) => ({ url: '/api/v1/auth/login', payload: { username: (await t.account()).username, password: TEST_PASSWORD } }),
  },
  'POST /api/v1/auth/logout': { allowed: EVERYONE, request: async () => ({ url: '/api/v1/auth/logout' }) },
  'POST /api/v1/auth/password': {
    allowed: SIGNED_IN,
    request: async () => ({ url: '/api/v1/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }),
  },

  // Accounts: admin only.
  'POST /api/v1/users': {
    allowed: ADMIN,
    request: async (t) => ({
      url: '/api/v1/users',
      payload: { username: `made-${t.next()}`, displayName: 'Made by a test', role: 'viewer', organisations: [], password: NEW_PASSWORD },
    }),
  },
  'PATCH /api/v1/users/:id': {
    allowed: ADMIN,
    request: async (t) => ({ url: `/api/v1/users/${(await t.account()).userId}`, payload: { displayName: 'Renamed by a test' } }),
  },
  'POST /api/v1/users/:id/password': {
    allowed: ADMIN,
    request: async (t) => ({ url: `/api/v1/users/${(await t.account()).userId}/password`, payload: { newPassword: NEW_PASSWORD } }),
  },
  'POST /api/v1/users/:id/unlock': {
    allowed: ADMIN,
    request: async (t) => ({ url: `/api/v1/users/${(await t.account()).userId}/unlock` }),
  },

  // Organisations and responsibility: read by anyone, written by admins.
  'POST /api/v1/organisations': {
    allowed: ADMIN,
    request: async (t) => ({ url: '/api/v1/organisations', payload: { id: `NEW${t.next()}`, parent: null, name: 'New organisation', kind: 'other' } }),
  },
  'PATCH /api/v1/organisations/:id': {
    allowed: ADMIN,
    request: async (t) => ({ url: `/api/v1/organisations/${await t.organisation()}`, payload: { name: 'Renamed organisation' } }),
  },
  'DELETE /api/v1/organisations/:id': {
    allowed: ADMIN,
    request: async (t) => ({ url: `/api/v1/organisations/${await t.organisation()}` }),
  },
  'POST /api/v1/organisations/import': {
    allowed: ADMIN,
    request: async () => ({ url: '/api/v1/organisations/import?dryRun=true', payload: { csv: 'id,parent_id,name,kind\nBANBEIS,MOE,Bangladesh Bureau of Educational Information and Statistics,agency\n' } }),
  },
  'PUT /api/v1/indicators/:code/responsibilities': {
    allowed: ADMIN,
    request: async () => ({ url: '/api/v1/indicators/1.1.1/responsibilities', payload: { items: [{ organisation: OTHER_ORG, role: 'lead' }] } }),
  },
  'POST /api/v1/responsibilities/import': {
    allowed: ADMIN,
    request: async () => ({ url: '/api/v1/responsibilities/import?dryRun=true', payload: { csv: `indicator,organisation,role\n${INDICATOR},${RESPONSIBLE_ORG},lead\n` } }),
  },

  // Validation rules: written by admins; checking typed values needs only a session.
  'POST /api/v1/validation-rules': {
    allowed: ADMIN,
    request: async () => ({ url: '/api/v1/validation-rules', payload: { indicatorId: '4.1.1', kind: 'range', severity: 'warning', params: { min: 0, max: 100 } } }),
  },
  'PUT /api/v1/validation-rules/:id': {
    allowed: ADMIN,
    request: async (t) => ({ url: `/api/v1/validation-rules/${await t.rule()}`, payload: { kind: 'range', severity: 'error', params: { min: 0, max: 100 } } }),
  },
  'DELETE /api/v1/validation-rules/:id': {
    allowed: ADMIN,
    request: async (t) => ({ url: `/api/v1/validation-rules/${await t.rule()}` }),
  },
  'POST /api/v1/indicators/:code/validate': {
    allowed: SIGNED_IN,
    request: async () => ({
      url: `/api/v1/indicators/${INDICATOR}/validate`,
      payload: { values: [{ series: SERIES, area: '050', timePeriod: '2022', dimensions: { SEX: '_T', AGE: 'Y0T4' }, unit: UNIT, value: 26.1 }] },
    }),
  },

  // Progress targets and national progress settings: read by anyone, written by admins.
  'PUT /api/v1/indicators/:code/targets': {
    allowed: ADMIN,
    request: async (t) => ({ url: `/api/v1/indicators/${INDICATOR}/targets`, payload: { unit: UNIT, direction: 'decrease', target: { year: 2030, value: 20 + t.next() / 1000 } } }),
  },
  'DELETE /api/v1/indicators/:code/targets': {
    allowed: ADMIN,
    request: async (t) => {
      const unit = `MATRIX_${t.next()}`;
      await upsertProgressTargets(t.store.db, [{
        indicatorId: INDICATOR, unit, dimensions: {}, source: 'national', direction: 'decrease', milestones: {}, updatedAt: new Date().toISOString(), updatedBy: null,
      }]);
      return { url: `/api/v1/indicators/${INDICATOR}/targets?unit=${unit}` };
    },
  },
  'POST /api/v1/progress-targets/import': {
    allowed: ADMIN,
    request: async () => ({ url: '/api/v1/progress-targets/import?dryRun=true', ...multipartCsv('targets.csv', `indicator,direction,target_year,target_value\n${INDICATOR},decrease,2030,25\n`) }),
  },
  'PUT /api/v1/progress/settings': {
    allowed: ADMIN,
    request: async (t) => ({ url: '/api/v1/progress/settings', payload: { baseYear: 2000 + (t.next() % 30) } }),
  },

  // Submissions: providers of a responsible organisation write, reviewers decide, admins do both and re-open.
  'POST /api/v1/indicators/:code/submission': {
    allowed: WRITERS,
    request: async (t) => { await t.closeOpenSubmission(); return { url: `/api/v1/indicators/${INDICATOR}/submission`, payload: {} }; },
    cleanUp: (t) => t.closeOpenSubmission(),
  },
  'PUT /api/v1/submissions/:id/changes': {
    allowed: WRITERS,
    request: async (t) => {
      const s = await t.submission('draft');
      return { url: `/api/v1/submissions/${s.id}/changes`, payload: { changes: [valueEntry(s.timePeriod, 20.5, 1)] } };
    },
  },
  'DELETE /api/v1/submissions/:id/changes/:changeId': {
    allowed: WRITERS,
    request: async (t) => { const s = await t.submission('draft'); return { url: `/api/v1/submissions/${s.id}/changes/${s.changeId}` }; },
  },
  'POST /api/v1/submissions/:id/uploads': {
    allowed: WRITERS,
    request: async (t) => {
      const s = await t.submission('draft');
      return { url: `/api/v1/submissions/${s.id}/uploads?mode=merge&dryRun=true`, ...multipartCsv(`${INDICATOR}.csv`, uploadCsv(s.timePeriod)) };
    },
  },
  'POST /api/v1/submissions/:id/submit': {
    allowed: WRITERS,
    request: async (t) => { const s = await t.submission('draft'); return { url: `/api/v1/submissions/${s.id}/submit`, payload: { revision: s.revision } }; },
  },
  'POST /api/v1/submissions/:id/approve': {
    allowed: REVIEWERS,
    request: async (t) => { const s = await t.submission('submitted'); return { url: `/api/v1/submissions/${s.id}/approve`, payload: { revision: s.revision } }; },
  },
  'POST /api/v1/submissions/:id/return': {
    allowed: REVIEWERS,
    request: async (t) => {
      const s = await t.submission('submitted');
      return { url: `/api/v1/submissions/${s.id}/return`, payload: { revision: s.revision, comment: 'The 2021 total does not match the source' } };
    },
  },
  'POST /api/v1/submissions/:id/reopen': {
    allowed: ADMIN,
    request: async (t) => {
      const s = await t.submission('approved');
      return { url: `/api/v1/submissions/${s.id}/reopen`, payload: { revision: s.revision, comment: 'The source revised its figures' } };
    },
  },
  'DELETE /api/v1/submissions/:id': {
    allowed: WRITERS,
    request: async (t) => { const s = await t.submission('draft'); return { url: `/api/v1/submissions/${s.id}` }; },
  },

  'POST /api/v1/federation/subscriptions': { allowed: ADMIN, request: async (t) => ({ url: '/api/v1/federation/subscriptions', payload: { feedUrl: `http://127.0.0.1:9/feed-${t.next()}` } }) },
  'DELETE /api/v1/federation/subscriptions/:id': { allowed: ADMIN, request: async (t) => ({ url: `/api/v1/federation/subscriptions/${(await (await import('../../src/store/index.ts')).insertSubscription(t.store.db, { feedUrl: `http://127.0.0.1:9/feed-${t.next()}`, title: 'Unreachable', addedBy: null, addedAt: new Date().toISOString() })).id}` }) },
  'POST /api/v1/federation/subscriptions/:id/sync': { allowed: ADMIN, request: async (t) => ({ url: `/api/v1/federation/subscriptions/${(await (await import('../../src/store/index.ts')).insertSubscription(t.store.db, { feedUrl: `http://127.0.0.1:9/feed-${t.next()}`, title: 'Unreachable', addedBy: null, addedAt: new Date().toISOString() })).id}/sync` }) },
  // Translations: admin only.
  'PUT /api/v1/translations/:lang/ui': { allowed: ADMIN, request: async (t) => ({ url: '/api/v1/translations/en/ui', payload: { 'site.name': `Tracker ${t.next()}` } }) },
  'PUT /api/v1/translations/:lang/content': { allowed: ADMIN, request: async (t) => ({ url: '/api/v1/translations/en/content', payload: { entity: 'goal', code: '1', field: 'short', text: `No poverty ${t.next()}` } }) },
  'POST /api/v1/languages': { allowed: ADMIN, request: async (t) => ({ url: '/api/v1/languages', payload: { code: `qaa-t${t.next()}`, name: 'Test language', dir: 'ltr' } }) },

  // Notifications: each signed-in user marks their own.
  'POST /api/v1/notifications/:id/read': {
    allowed: SIGNED_IN,
    request: async (t, who) => ({ url: `/api/v1/notifications/${await t.notification(who?.userId)}/read` }),
  },
  'POST /api/v1/notifications/read-all': {
    allowed: SIGNED_IN,
    request: async (t, who) => { await t.notification(who?.userId); return { url: '/api/v1/notifications/read-all' }; },
  },
  'POST /api/v1/innovations': { allowed: WRITERS, request: async (t) => { await (await import('../api/innovations-support.ts')).linkNetworkOrganisations(t.store); return { url: '/api/v1/innovations', payload: { id: `matrix-new-${t.next()}`, title: 'Matrix case', organisations: [{ organisationId: 'net-hsd', role: 'lead' }] } }; } },
  'PATCH /api/v1/innovations/:id': { allowed: WRITERS, request: async (t) => ({ url: `/api/v1/innovations/${await (await import('../api/innovations-support.ts')).providerCase(t.store, `matrix-${t.next()}`)}`, payload: { summary: 'Changed' } }) },
  'POST /api/v1/innovations/:id/stages': { allowed: WRITERS, request: async (t) => ({ url: `/api/v1/innovations/${await (await import('../api/innovations-support.ts')).providerCase(t.store, `matrix-${t.next()}`)}/stages`, payload: { stage: 'pilot', date: '2026-01-01' } }) },
  'POST /api/v1/innovations/:id/evidence': { allowed: WRITERS, request: async (t) => ({ url: `/api/v1/innovations/${await (await import('../api/innovations-support.ts')).providerCase(t.store, `matrix-${t.next()}`)}/evidence`, payload: { kind: 'survey', metric: null, before: null, after: null, unit: null, period: null, sampleSize: null, strength: 'self_reported', sourceTitle: null, sourceUrl: null, sourceLicence: null, notes: null } }) },
  'POST /api/v1/innovations/:id/tcv': { allowed: WRITERS, request: async (t) => ({ url: `/api/v1/innovations/${await (await import('../api/innovations-support.ts')).providerCase(t.store, `matrix-${t.next()}`)}/tcv`, payload: { figures: [{ measureKey: 'visits', service: 'Service', dimension: 'visits', phase: 'baseline', metricText: 'visits', valueText: '3', unitText: 'visits' }] } }) },
  'POST /api/v1/innovations/:id/replications': { allowed: WRITERS, request: async (t) => ({ url: `/api/v1/innovations/${await (await import('../api/innovations-support.ts')).providerCase(t.store, `matrix-${t.next()}`)}/replications`, payload: { adopterCountryIso3: 'NPL', channel: 'exchange visit', stage: 'interest', date: null } }) },
  'POST /api/v1/innovations/:id/moderation': { allowed: ADMIN, request: async (t) => ({ url: `/api/v1/innovations/${await (await import('../api/innovations-support.ts')).providerCase(t.store, `matrix-${t.next()}`, { status: 'draft' })}/moderation`, payload: { action: 'publish', reason: 'Checked' } }) },
  'POST /api/v1/innovations/import': { allowed: ADMIN, request: async () => ({ url: '/api/v1/innovations/import?dryRun=true', payload: { organisations: [], cases: [] } }) },
  'POST /api/v1/replications/:id/stages': { allowed: WRITERS, request: async (t) => ({ url: `/api/v1/replications/${await (await import('../api/innovations-support.ts')).providerReplication(t.store, `matrix-rep-${t.next()}`)}/stages`, payload: { stage: 'matched', date: '2026-02-01' } }) },
  'POST /api/v1/innovation-requests': { allowed: SIGNED_IN, request: async () => ({ url: '/api/v1/innovation-requests', payload: { countryIso3: 'NPL', title: 'Births go unregistered', problem: 'Few births are registered' } }) },
  'POST /api/v1/innovation-requests/:id/answers': { allowed: WRITERS, request: async (t) => { const support = await import('../api/innovations-support.ts'); const n = t.next(); return { url: `/api/v1/innovation-requests/${await support.cooperationRequest(t.store, `matrix-req-${n}`)}/answers`, payload: { caseId: await support.providerCase(t.store, `matrix-${n}`), text: 'We can help' } }; } },
};

/** An upload in the Open SDG CSV layout: one value of 3.2.1 for the period (total, under five). */
function uploadCsv(timePeriod: string): string {
  return `Year,Series,Units,SEX,AGE,Value\n${timePeriod},${SERIES},${UNIT},_T,Y0T4,21.7\n`;
}

/** A multipart/form-data body with one file field `file`, and its content type. */
function multipartCsv(filename: string, text: string): { payload: string; headers: Record<string, string> } {
  const boundary = '----sdg-tracker-test-boundary';
  const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n${text}\r\n--${boundary}--\r\n`;
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
