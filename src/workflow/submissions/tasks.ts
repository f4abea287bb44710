import type { ResponsibilityRole, UserRole } from '../../domain/index.ts';
import {
  countSubmissionsByState, latestPeriods, listResponsibilities, listSubmissions, openSubmissionsOf, organisationNames, type Db, type User,
} from '../../store/index.ts';
import { missingPeriodsSince } from './missing-periods.ts';
import type { WorkflowState } from './state-machine.ts';

/** The most missing periods a task lists (50 years of months): a bound no series of the SDG era reaches. */
export const MAX_LISTED_MISSING = 600;

/** One indicator a provider's organisations answer for, and what there is to do. */
export interface IndicatorTask {
  indicatorId: string;
  /** The user's organisations that answer for it, with their role. */
  organisations: { id: string; name: string; role: ResponsibilityRole }[];
  /** The indicator's open submission, or null. */
  submission: { id: number; state: WorkflowState; revision: number; updatedAt: string; changeCount: number } | null;
  /** The latest time period with a published value (any series, area or breakdown), or null without data. */
  latestPeriod: string | null;
  /**
   * Periods after the latest one that have ended and have no data yet, most recent first, every one of them up to
   * {@link MAX_LISTED_MISSING}: e.g. `['2025', '2024', …, '2012']` for an indicator last reported for 2011.
   */
  missingPeriods: string[];
  /** The reviewer's comment when the open submission was returned. */
  returnedComment: string | null;
}

/** The work of a user: a provider's indicators, and the submissions by state that the user may see. */
export interface WorkTasks {
  role: UserRole;
  /** Providers: every indicator their organisations answer for, in code order; others: none. */
  indicators: IndicatorTask[];
  /** Submissions per state (providers: of their organisations' indicators). */
  queue: Record<'draft' | 'submitted' | 'returned' | 'approved', number>;
}

/**
 * What a user has to do: for a provider each indicator their organisations answer for, with its open submission,
 * latest published period, missing periods up to `today` and the reviewer's comment on a return; for everyone the
 * queue counts.
 */
export async function workTasks(db: Db, user: User, today: Date = new Date()): Promise<WorkTasks> {
  const visibleTo = user.role === 'provider' ? user.organisations : undefined;
  const queue = await countSubmissionsByState(db, visibleTo);
  if (user.role !== 'provider') return { role: user.role, indicators: [], queue };

  const responsibilities = await listResponsibilities(db, { organisationIds: user.organisations });
  const indicatorIds = [...new Set(responsibilities.map((r) => r.indicatorId))];
  const [open, latest, names] = await Promise.all([
    openSubmissionsOf(db, indicatorIds), latestPeriods(db, indicatorIds), organisationNames(db, user.organisations),
  ]);
  const counts = new Map<number, number>();
  if (open.size > 0) {
    const { items } = await listSubmissions(db, { visibleTo: user.organisations, states: ['draft', 'submitted', 'returned'], limit: 10_000 });
    for (const s of items) counts.set(s.id, s.changeCount);
  }
  const isoToday = today.toISOString().slice(0, 10);
  return {
    role: user.role,
    queue,
    indicators: indicatorIds.map((indicatorId) => {
      const submission = open.get(indicatorId);
      const period = latest.get(indicatorId);
      return {
        indicatorId,
        organisations: responsibilities.filter((r) => r.indicatorId === indicatorId)
          .map((r) => ({ id: r.organisationId, name: names.get(r.organisationId) ?? r.organisationId, role: r.role })),
        submission: submission
          ? { id: submission.id, state: submission.state, revision: submission.revision, updatedAt: submission.updatedAt, changeCount: counts.get(submission.id) ?? 0 }
          : null,
        latestPeriod: period?.label ?? null,
        missingPeriods: period ? missingPeriodsSince(period, isoToday, MAX_LISTED_MISSING) : [],
        returnedComment: submission?.state === 'returned' ? submission.comment : null,
      };
    }),
  };
}
