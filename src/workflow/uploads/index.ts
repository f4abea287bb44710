/**
 * Uploads into a submission's draft: a dry run that plans what a file would add, change and delete with every
 * problem and a digest of the plan; a confirm that plans again and writes the draft all or nothing when the digest is
 * the one confirmed. See uploadToDraft.
 */
export { compareUpload, sameValue, UPLOAD_MODES, type Comparison, type PlannedAddition, type PlannedChange, type PlannedDeletion, type UploadMode } from './compare-upload.ts';
export { loadUploadContext } from './load-upload-context.ts';
export { keyOf, planDigest } from './plan-digest.ts';
export { canConfirm, planUpload, type UploadPlan } from './plan-upload.ts';
export { submissionForUpload, uploadToDraft, type UploadOutcome, type UploadRequest } from './upload-to-draft.ts';
export { LISTED_ISSUES, LISTED_ROWS, listIssues, type IssueListing } from './plan-listing.ts';
