import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PROGRESS_METHODS, type EscapAnticipatedThresholds, type ProgressMethod } from '../../analysis/progress/index.ts';
import {
  PROGRESS_BASE_YEAR_SETTING, PROGRESS_ESCAP_THRESHOLDS_SETTING, PROGRESS_METHOD_SETTING, progressSettings, type ProgressSettings,
} from '../../assessment/index.ts';
import { recordAudit, setSettings, type Db } from '../../store/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { progressSettingsBody, progressSettingsResponse, targetErrorResponses } from './schema.ts';
import type { FieldProblem } from '../../ingest/targets-csv/index.ts';
import { issueProblems, rethrowUnlessBody, validationFailed } from './target-checks.ts';

export { PROGRESS_ESCAP_THRESHOLDS_SETTING };

/** The base years the national office may choose. */
export const FIRST_BASE_YEAR = 2000;
export const LAST_BASE_YEAR = 2030;

/** The national progress choices: default method, base year, ESCAP anticipated-progress thresholds. */
export type NationalProgressSettings = ProgressSettings;

/**
 * The national progress settings, each at its default when not chosen (Open SDG's method, 2015, ESCAP's 1 and 0).
 * @example await readProgressSettings(db) // { method: 'opensdg', baseYear: 2015, escapThresholds: { maintain: 1, reverse: 0 } }
 */
export async function readProgressSettings(db: Db): Promise<NationalProgressSettings> {
  return progressSettings(db);
}

/**
 * What is wrong with new settings: a base year outside 2000–2030; ESCAP thresholds that are not finite, a `maintain`
 * not above 0 or a `reverse` above 0. ESCAP's bounds are ratios of required progress: ratio = (P − x₀) / (X − x₀),
 * the share of the way from the base value x₀ to the target X that the trend P will have made by the target year
 * (ESCAP, Asia and the Pacific SDG Progress Report, technical note "Anticipated progress"). A ratio of 0 means no
 * movement and a negative one movement away from the target, so the bound under which the trend must be reversed
 * may not lie above 0 (a series moving towards its target would be told to reverse), and the bound from which
 * progress is maintained must lie above 0 (a series standing still would count as on track): reverse ≤ 0 < maintain.
 * Pure. @example settingsProblems({ baseYear: 1990, escapThresholds: { maintain: 0.9, reverse: 0.1 } })
 * // [{ field: 'baseYear', reason: '1990 is not a year from 2000 to 2030' },
 * //  { field: 'escapThresholds.reverse', reason: 'reverse (0.1) must be 0 or below: …' }]
 */
export function settingsProblems(change: { baseYear?: number; escapThresholds?: EscapAnticipatedThresholds }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const y = change.baseYear;
  if (y !== undefined && !(Number.isInteger(y) && y >= FIRST_BASE_YEAR && y <= LAST_BASE_YEAR)) {
    problems.push({ field: 'baseYear', reason: `${y} is not a year from ${FIRST_BASE_YEAR} to ${LAST_BASE_YEAR}` });
  }
  const t = change.escapThresholds;
  if (t && Number.isFinite(t.maintain) && !(t.maintain > 0)) {
    problems.push({
      field: 'escapThresholds.maintain',
      reason: `maintain (${t.maintain}) must be above 0: it is the share of the required progress from which a series is on track`,
    });
  }
  if (t && Number.isFinite(t.reverse) && !(t.reverse <= 0)) {
    problems.push({
      field: 'escapThresholds.reverse',
      reason: `reverse (${t.reverse}) must be 0 or below: a ratio above 0 is progress towards the target, not away from it`,
    });
  }
  return problems;
}

/**
 * `GET /progress/settings` (anyone: the site reads the national default from it) and `PUT /progress/settings`
 * (admin; any of method, baseYear, escapThresholds, the others stay; audited `progress.settings`).
 */
export const progressSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.get('/progress/settings', {
    schema: {
      tags: ['progress'], summary: 'The national progress settings: default method, base year, ESCAP anticipated-progress thresholds',
      response: { 200: progressSettingsResponse, ...targetErrorResponses },
    },
  }, async () => ({ data: await readProgressSettings(db) }));

  app.put('/progress/settings', {
    preValidation: signedInAs('admin'),
    attachValidation: true,
    schema: {
      tags: ['progress'], summary: 'Change the national progress settings (admin)',
      description: `method one of ${PROGRESS_METHODS.join(', ')}; baseYear ${FIRST_BASE_YEAR}–${LAST_BASE_YEAR}; escapThresholds `
        + '{ maintain, reverse } with reverse ≤ 0 < maintain (ratios of the required progress). Problems answer 422 VALIDATION_FAILED with details [{field, reason}].',
      body: progressSettingsBody, response: { 200: progressSettingsResponse, ...targetErrorResponses },
    },
  }, async (request) => {
    const admin = requireUser(request, 'admin');
    rethrowUnlessBody(request);
    const parsed = progressSettingsBody.safeParse(request.body);
    if (!parsed.success) throw validationFailed('progress settings', issueProblems(parsed.error.issues));
    const change = parsed.data;
    const problems = settingsProblems(change);
    if (problems.length > 0) throw validationFailed('progress settings', problems);
    const settings = await db.transaction().execute(async (trx) => {
      const before = await readProgressSettings(trx);
      const after: NationalProgressSettings = {
        method: (change.method as ProgressMethod | undefined) ?? before.method,
        baseYear: change.baseYear ?? before.baseYear,
        escapThresholds: change.escapThresholds
          ? { maintain: change.escapThresholds.maintain, reverse: change.escapThresholds.reverse } : before.escapThresholds,
      };
      if (JSON.stringify(after) === JSON.stringify(before)) return before;
      await setSettings(trx, {
        [PROGRESS_METHOD_SETTING]: after.method, [PROGRESS_BASE_YEAR_SETTING]: String(after.baseYear),
        [PROGRESS_ESCAP_THRESHOLDS_SETTING]: JSON.stringify(after.escapThresholds),
      });
      await recordAudit(trx, [{
        at: new Date().toISOString(), userId: admin.id, action: 'progress.settings', entity: 'setting', entityId: 'progress',
        oldValue: before, newValue: after,
      }]);
      return after;
    });
    return { data: settings };
  });
};
