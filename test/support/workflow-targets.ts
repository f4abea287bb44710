import {
  findOpenSubmission, findSubmission, insertNotifications, listDraftChanges, listNotifications, saveOrganisations,
  type Store, type User,
} from '../../src/store/index.ts';
import {
  approveSubmission, discardSubmission, openSubmission, returnSubmission, saveChangeEntries, submitSubmission,
} from '../../src/workflow/submissions/index.ts';
import { createRule } from '../../src/workflow/validation/index.ts';
import { signIn } from './auth.ts';
import { INDICATOR, valueEntry } from './workflow-seed.ts';

/** A submission of 3.2.1 made for one request: its id, the revision to send back, and its one draft change. */
export interface TargetSubmission {
  id: number;
  revision: number;
  changeId: number;
  timePeriod: string;
}

/**
 * Makes the things a state-changing request acts on, fresh for each request, through the workflow and store functions
 * (an admin acts): a submission of 3.2.1 in a given state, a user, an organisation, a validation rule, a notification.
 * Each submission writes a year no other one writes, so approvals never meet each other's period locks.
 */
export class TargetFactory {
  private sequence = 0;

  constructor(readonly store: Store, readonly admin: User) {}

  /** A number no earlier call gave. */
  next(): number {
    return ++this.sequence;
  }

  /**
   * Closes 3.2.1's open submission (approves a submitted one, discards a draft or returned one) and opens a new one
   * holding one value for a fresh year (1950, 1951, …), brought to `state`.
   */
  async submission(state: 'draft' | 'submitted' | 'returned' | 'approved'): Promise<TargetSubmission> {
    const db = this.store.db;
    await this.closeOpenSubmission();
    const timePeriod = String(1950 + this.next());
    const { submission } = await openSubmission(db, { user: this.admin, indicatorId: INDICATOR });
    const saved = await db.transaction().execute((trx) => saveChangeEntries(trx, {
      submissionId: submission.id, user: this.admin, entries: [valueEntry(timePeriod, 30 + this.sequence / 10)],
    }));
    let revision = saved.submission.revision;
    if (state !== 'draft') revision = (await submitSubmission(db, { id: submission.id, user: this.admin, revision })).submission.revision;
    if (state === 'returned') revision = (await returnSubmission(db, { id: submission.id, user: this.admin, revision, comment: 'Check the source' })).revision;
    if (state === 'approved') revision = (await approveSubmission(db, { id: submission.id, user: this.admin, revision })).submission.revision;
    const [change] = await listDraftChanges(db, submission.id);
    return { id: submission.id, revision, changeId: change!.id, timePeriod };
  }

  /** Approves 3.2.1's open submission when it is submitted, discards it when it is a draft or returned. */
  async closeOpenSubmission(): Promise<void> {
    const db = this.store.db;
    const open = await findOpenSubmission(db, INDICATOR);
    if (!open) return;
    const current = (await findSubmission(db, open.id))!;
    if (current.state === 'submitted') await approveSubmission(db, { id: current.id, user: this.admin, revision: current.revision });
    else await discardSubmission(db, { id: current.id, user: this.admin });
  }

  /** A viewer account with the test password and no session: `{ userId, username }`. */
  async account(): Promise<{ userId: number; username: string }> {
    const { userId, username } = await signIn(this.store.db, 'viewer', [], `target-user-${this.next()}-${process.pid}`);
    return { userId, username };
  }

  /** A top-level organisation without users or responsibility; returns its id (`TARGET1`, `TARGET2`, …). */
  async organisation(): Promise<string> {
    const id = `TARGET${this.next()}`;
    await this.store.db.transaction().execute((trx) => saveOrganisations(trx, [{ id, parent: null, name: `Test organisation ${id}`, kind: 'other' }], []));
    return id;
  }

  /** A warning rule on 4.1.1 (a range of 0–100), so no 3.2.1 submission meets it; returns its id. */
  async rule(): Promise<number> {
    const rule = await createRule(this.store.db, '4.1.1', { kind: 'range', severity: 'warning', series: null, unit: null, params: { min: 0, max: 100 } }, this.admin.id);
    return rule.id;
  }

  /** An unread notification of the user (of a new account when none is given); returns its id. */
  async notification(userId?: number): Promise<number> {
    const owner = userId ?? (await this.account()).userId;
    await this.store.db.transaction().execute((trx) => insertNotifications(trx, [
      { userId: owner, kind: 'submission.approved', payload: { indicatorId: INDICATOR }, link: null },
    ], new Date().toISOString()));
    return (await listNotifications(this.store.db, owner, { limit: 1 })).items[0]!.id;
  }
}
