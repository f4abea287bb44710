/**
 * The data workflow of one indicator's submission: open a draft, save values (with conflict detection), submit,
 * approve (publish and lock), return, re-open, discard; the read models the work pages show.
 */
export { allowedActions, stateName, transition, TRANSITIONS, SUBMISSION_ACTIONS, type Actor, type SubmissionAction, type WorkflowState } from './state-machine.ts';
export { actorFor, assertCanRead, canRead, checkTransition, submittingOrganisation, workflowState } from './permissions.ts';
export { saveDraftChanges, keyOf, sameAsPublished, type CurrentDraftValue, type SaveResult, type SavedChange } from './save-changes.ts';
export { saveChangeEntries, type ChangeEntry } from './change-entries.ts';
export { checkDraftTargets } from './draft-targets.ts';
export { validateSubmission } from './draft-issues.ts';
export { draftCheckIssues, draftIssues, refuseUnknownCodes, type DraftCheckKind } from './draft-checks.ts';
export { codeListsOf, loadCodeBook } from './load-code-book.ts';
export { openSubmission } from './open-submission.ts';
export { checkRevision, discardSubmission, refuseErrors, reopenSubmission, returnSubmission, submitSubmission } from './transitions.ts';
export { approveSubmission } from './approve.ts';
export { applyChanges, audited, type AppliedChanges, type AuditedObservation } from './apply-changes.ts';
export { notifyStateChange, type WorkflowNotificationKind } from './notify.ts';
export { CHANGES_PAGE, LISTED_DRAFT_ISSUES, summarise, submissionDetail, type CellValue, type SubmissionChangeView, type SubmissionDetail, type SubmissionStep, type SubmissionSummary } from './submission-view.ts';
export { workTasks, type IndicatorTask, type WorkTasks } from './tasks.ts';
export { missingPeriodsSince, nextPeriod } from './missing-periods.ts';
export { dataEntryGrid, type DataEntryGrid, type GridCell, type GridDraft, type GridPublished, type GridRow } from './data-entry-grid.ts';
export { removeDraftChange } from './remove-change.ts';
