import type { z } from 'zod';
import type { gridResponse } from '../../../src/api/grid/schema.ts';
import type { historyResponse } from '../../../src/api/history/schema.ts';
import type {
  changeEntrySchema, changeViewSchema, issueSchema, submissionDetailSchema, submissionSummarySchema,
} from '../../../src/api/submissions/schema.ts';
import type { uploadResponse } from '../../../src/api/uploads/schema.ts';
import type { validateBody, validateResponse } from '../../../src/api/validation-rules/schema.ts';
import type { tasksResponse } from '../../../src/api/work/schema.ts';
import type { ResponsibilityRole, Severity } from '../../../src/domain/index.ts';

/**
 * The shapes the work-area routes answer with (`{"data": …}` unwrapped), as the provider and reviewer pages read them,
 * inferred from the routes' own schemas (type-only imports: nothing of the server or of zod reaches the bundle).
 * Field words follow the domain: series, area, time period, dimensions (SDMX id → code, total `_T`), unit.
 */

export type { ResponsibilityRole, Severity };

/** The `data` of an answer envelope. */
type Data<Schema extends z.ZodType> = z.infer<Schema> extends { data: infer D } ? D : never;

/** A submission in a list (the review queue) or as a transition answers it; send `revision` back with submit, approve and return. */
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;

/**
 * `draft` → `submitted` → `approved`, `submitted` → `returned` → `submitted`; `reopened`: approved, then re-opened by an
 * admin (its values stay published, its periods are unlocked). See the decision record on data governance.
 */
export type SubmissionState = SubmissionSummary['state'];

/** What the signed-in user may do with a submission now. */
export type SubmissionAction = SubmissionSummary['allowedActions'][number];

/** The answer of `POST /indicators/{code}/submission`. */
export type OpenedSubmission = SubmissionSummary;

type TasksAnswer = Data<typeof tasksResponse>;
type TaskAnswer = TasksAnswer['indicators'][number];

/**
 * One indicator of "my work": who answers for it, its open submission (whose state the schema leaves a string; it is
 * a {@link SubmissionState}) and the periods missing since the latest.
 */
export type WorkTask = Omit<TaskAnswer, 'submission'> & {
  submission: (NonNullable<TaskAnswer['submission']> & { state: SubmissionState }) | null;
};

/** `GET /work/tasks`: a provider's indicators (empty for other roles) and the submissions per state. */
export type WorkTasks = Omit<TasksAnswer, 'indicators'> & { indicators: WorkTask[] };

/** `GET /indicators/{code}/grid`. */
export type GridAnswer = Data<typeof gridResponse>;

/** One row of the grid: an area with one combination of disaggregation codes. */
export type GridRow = GridAnswer['rows'][number];

type GridCell = GridRow['cells'][string];

/** A published value in the grid. */
export type PublishedValue = NonNullable<GridCell['published']>;

/** A draft value in the grid: `upsert` proposes a value, `delete` removes the published one. */
export type DraftValue = NonNullable<GridCell['draft']>;

/** A time period an approval has locked, and why. */
export type PeriodLock = GridAnswer['locks'][number];

/** A value as the validation route takes it (`value` may be text typed that is not a number yet). */
export type EntryObservation = z.input<typeof validateBody>['values'][number];

/**
 * One value of `PUT /submissions/{id}/changes`: the key, the new value (null removes the published value) and the
 * revision of the key's draft change the user saw (0 = none). Omitted `unitMult` and `attributes` keep the current ones.
 */
export type ChangeEntry = z.input<typeof changeEntrySchema>;

/** A problem a validation rule found. */
export type Issue = z.infer<typeof issueSchema>;

/** `POST /indicators/{code}/validate`. */
export type ValidateAnswer = Data<typeof validateResponse>;

/** One change of a submission, old → new. */
export type SubmissionChange = z.infer<typeof changeViewSchema>;

/** The value of one observation key with its attributes (the unit multiplier a power of ten). */
export type CellValue = NonNullable<SubmissionChange['old']>;

/** `GET /submissions/{id}`. */
export type SubmissionDetail = z.infer<typeof submissionDetailSchema>;

/** One step of a submission's life: who did what when, with a comment. */
export type SubmissionEvent = SubmissionDetail['events'][number];

/** The answer to an upload: what it would change (dry run) or did change (confirm). */
export type DryRun = Data<typeof uploadResponse>;

export type UploadMode = DryRun['mode'];

/** The formats an upload is read as (chosen by the server from the bytes and the header). */
export type UploadFormat = DryRun['format'];

/** An observation as an upload answer shows it. */
export type UploadObservation = DryRun['added'][number]['observation'];

/** A problem with one place of an uploaded file (row 0: the whole file, or a deletion). */
export type UploadIssue = DryRun['issues'][number];

/** `GET /observations/{id}/history`. */
export type ObservationHistory = Data<typeof historyResponse>;

/** A version of a published value and the time it was public. */
export type ObservationVersion = ObservationHistory['versions'][number];

/** A recorded change of a value. */
export type AuditEvent = ObservationHistory['events'][number];
