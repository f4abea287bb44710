import type { UploadIssue } from '../../ingest/upload/index.ts';

/**
 * How much of a plan an answer lists. A plan covers every row of the file (its counts and digest do), but an answer
 * lists only the first rows of each kind and the first issues, so a file of 100,000 rows answers in kilobytes, not
 * tens of megabytes; the counts say how many there are in all.
 */

/** Rows listed of each kind: added, changed, deleted. */
export const LISTED_ROWS = 500;
/** Issues listed, errors first. */
export const LISTED_ISSUES = 1000;

/** The issues an answer lists and how many there are of each severity. */
export interface IssueListing {
  /** The first {@link LISTED_ISSUES} issues, errors before warnings, each severity in the plan's order. */
  listed: UploadIssue[];
  counts: { errors: number; warnings: number };
  /** Whether issues were left out. */
  truncated: boolean;
}

/**
 * The issues to list out of a plan's: errors first (they stop the confirm), then warnings, at most `limit` in all.
 * @example listIssues(plan.issues) // { listed: [1,000 issues], counts: { errors: 0, warnings: 132614 }, truncated: true }
 */
export function listIssues(issues: UploadIssue[], limit = LISTED_ISSUES): IssueListing {
  const errors: UploadIssue[] = [];
  const warnings: UploadIssue[] = [];
  let errorCount = 0;
  for (const issue of issues) {
    if (issue.severity === 'error') {
      if (errors.length < limit) errors.push(issue);
      errorCount++;
    } else if (warnings.length < limit) {
      warnings.push(issue);
    }
  }
  const listed = [...errors, ...warnings].slice(0, limit);
  return { listed, counts: { errors: errorCount, warnings: issues.length - errorCount }, truncated: listed.length < issues.length };
}
