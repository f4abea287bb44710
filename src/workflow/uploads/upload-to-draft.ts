import { Readable } from 'node:stream';
import { ApiError } from '../../api/errors.ts';
import { parseUpload, type ParseUploadOptions, type ParsedUpload, type UploadSource } from '../../ingest/upload/index.ts';
import { findSubmission, lockSubmission, recordAudit, type Db, type Submission, type User } from '../../store/index.ts';
import { nextTurn } from '../validation/index.ts';
import { actorFor, checkTransition, saveDraftChanges, workflowState } from '../submissions/index.ts';
import type { UploadMode } from './compare-upload.ts';
import { loadUploadContext } from './load-upload-context.ts';
import { listIssues } from './plan-listing.ts';
import { canConfirm, planUpload, type UploadPlan } from './plan-upload.ts';

/** What an upload request asks: a dry run, or a confirm naming the digest of the dry run the provider accepted. */
export type UploadRequest = { mode: UploadMode; confirm: null } | { mode: UploadMode; confirm: string };

/** The answer of an upload: its plan and whether the draft was written. */
export interface UploadOutcome {
  plan: UploadPlan;
  committed: boolean;
}

/**
 * The submission an upload goes into, once the user may edit it: a provider whose organisation answers for the
 * indicator, or an admin; the submission draft or returned. Call it before reading the file.
 * @throws ApiError NOT_FOUND, FORBIDDEN (role or organisation), INVALID_STATE (submitted, approved).
 */
export async function submissionForUpload(db: Db, user: User, submissionId: number): Promise<Submission> {
  const submission = await findSubmission(db, submissionId);
  if (!submission) throw new ApiError('NOT_FOUND', `no submission ${submissionId}`);
  checkTransition(await workflowState(db, submission), 'edit', await actorFor(db, user, submission.indicatorId));
  return submission;
}

/**
 * Uploads a file into a submission's draft. The file streams through parseUpload (checked against what
 * loadUploadContext reads), with a turn of the event loop every {@link BYTES_PER_TURN} bytes, so a file that arrived
 * faster than it is read does not hold up other requests; nothing is kept between requests.
 * - dry run (`confirm: null`): answers the plan (planUpload), writes nothing;
 * - confirm: in one transaction, takes the submission's lock, plans again against the data as it is now, and writes
 *   the plan's changes through saveDraftChanges (with its audit events) plus one `submission.upload` audit event, only
 *   when the plan has no error and its digest is the one confirmed. All or nothing.
 * @throws ApiError VALIDATION_FAILED (422, details: the plan's issues, errors first, at most LISTED_ISSUES) when the plan has an error;
 *   CONFLICT (409, details `{ digest, counts }`) when the plan is no longer the one confirmed; the errors of
 *   submissionForUpload and saveDraftChanges.
 */
export async function uploadToDraft(db: Db, input: {
  user: User; submission: Submission; source: UploadSource; request: UploadRequest; onProgress?: ParseUploadOptions['onProgress'];
  /** Called once the file is read, before anything is planned; may throw (e.g. when the file was cut at a size limit). */
  beforePlan?: () => void;
}): Promise<UploadOutcome> {
  const { user, request } = input;
  const context = await loadUploadContext(db, input.submission);
  const parsed = await parseUpload(inTurns(input.source), context, { onProgress: input.onProgress });
  input.beforePlan?.();
  if (request.confirm === null) return { plan: await planUpload(db, { submission: input.submission, parsed, mode: request.mode }), committed: false };
  const confirmed = request.confirm;
  const plan = await db.transaction().execute(async (trx) => {
    const submission = await lockSubmission(trx, input.submission.id);
    if (!submission) throw new ApiError('NOT_FOUND', `no submission ${input.submission.id}`);
    checkTransition(await workflowState(trx, submission), 'edit', await actorFor(trx, user, submission.indicatorId));
    const current = await planUpload(trx, { submission, parsed, mode: request.mode });
    refuseUnlessConfirmable(current, confirmed);
    if (current.changes.length > 0) await saveDraftChanges(trx, { submission, user, changes: current.changes });
    await recordAudit(trx, [{
      at: new Date().toISOString(), userId: user.id, action: 'submission.upload', entity: 'submission', entityId: String(submission.id),
      submissionId: submission.id, oldValue: null, newValue: summary(current, parsed),
    }]);
    return current;
  });
  return { plan, committed: true };
}

/** @throws ApiError VALIDATION_FAILED when the plan has an error, CONFLICT when its digest is not the confirmed one. */
function refuseUnlessConfirmable(plan: UploadPlan, confirmed: string): void {
  if (!canConfirm(plan)) {
    const { listed, counts } = listIssues(plan.issues);
    const first = listed[0]!;
    throw new ApiError('VALIDATION_FAILED', `${plan.file} cannot be written: ${counts.errors} problem${counts.errors === 1 ? '' : 's'}, the first`
      + ` ${first.row > 0 ? `on row ${first.row}${first.column ? `, column ${first.column}` : ''}` : 'about the whole file'}: ${first.reason}`, listed);
  }
  if (plan.digest !== confirmed) {
    throw new ApiError('CONFLICT', `the upload no longer gives the plan that was confirmed (the data or the draft changed since the dry run);`
      + ' run it again and confirm the new plan', { digest: plan.digest, counts: plan.counts });
  }
}

function summary(plan: UploadPlan, parsed: ParsedUpload): Record<string, unknown> {
  return { file: parsed.file, format: parsed.format, sheet: parsed.sheet, mode: plan.mode, rowsRead: parsed.rowsRead, counts: plan.counts, digest: plan.digest };
}

/** Bytes of a file read between two turns of the event loop: about a thousand CSV rows. */
const BYTES_PER_TURN = 64 * 1024;

/** The source with its stream giving the event loop a turn after every {@link BYTES_PER_TURN} bytes. */
function inTurns(source: UploadSource): UploadSource {
  async function* chunks(): AsyncGenerator<Buffer> {
    let bytes = 0;
    for await (const chunk of source.stream as AsyncIterable<Buffer | string>) {
      const buffer = Buffer.from(chunk);
      yield buffer;
      bytes += buffer.length;
      if (bytes >= BYTES_PER_TURN) {
        bytes = 0;
        await nextTurn();
      }
    }
  }
  return { stream: Readable.from(chunks(), { objectMode: false }), fileName: source.fileName };
}
