/**
 * The shapes the work-area routes answer with (`{"data": …}` unwrapped), as the provider and reviewer pages read them.
 * Field words follow the domain: series, area, time period, dimensions (SDMX id → code, total `_T`), unit.
 */

/**
 * `draft` → `submitted` → `approved`, `submitted` → `returned` → `submitted`; `reopened`: approved, then re-opened by an
 * admin (its values stay published, its periods are unlocked). See the decision record on data governance.
 */
export type SubmissionState = 'draft' | 'submitted' | 'returned' | 'approved' | 'reopened';

/** How an organisation answers for an indicator. */
export type ResponsibilityRole = 'lead' | 'co_lead' | 'associate';

/** `error` blocks a submission; `warning` needs a comment from the provider. */
export type Severity = 'error' | 'warning';

/** What the signed-in user may do with a submission now. */
export type SubmissionAction = 'edit' | 'submit' | 'approve' | 'return' | 'reopen' | 'discard';

/** One indicator of "my work": who answers for it, its open submission and the periods missing since the latest. */
export interface WorkTask {
  indicatorId: string;
  code: string;
  title: string;
  organisations: { id: string; name: string; role: ResponsibilityRole }[];
  submission: { id: number; state: SubmissionState; revision: number; updatedAt: string; changeCount: number } | null;
  /** The most recent period with a published value, e.g. `2021`; null without data. */
  latestPeriod: string | null;
  /** Periods after the latest one that have ended without data (at most 12), e.g. `['2022', '2023']`. */
  missingPeriods: string[];
  /** The reviewer's comment when the open submission was returned. */
  returnedComment: string | null;
}

/** `GET /work/tasks`: a provider's indicators (empty for other roles) and the submissions per state. */
export interface WorkTasks {
  role: 'admin' | 'reviewer' | 'provider' | 'viewer';
  indicators: WorkTask[];
  queue: Record<'draft' | 'submitted' | 'returned' | 'approved', number>;
}

/** A submission in a list (the review queue) or as a transition answers it. */
export interface SubmissionSummary {
  id: number;
  indicatorId: string;
  indicatorCode: string;
  indicatorTitle: string;
  organisationId: string;
  organisationName: string | null;
  state: SubmissionState;
  /** Sent back with submit, approve and return. */
  revision: number;
  /** The reviewer's comment on the latest return or approval. */
  comment: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  changeCount: number;
  allowedActions: SubmissionAction[];
}

/** The answer of `POST /indicators/{code}/submission`. */
export type OpenedSubmission = SubmissionSummary;

/** The value of one observation key with its attributes (the unit multiplier a power of ten). */
export interface CellValue {
  value: number | null;
  unitMult: number | null;
  /** OBS_STATUS, NATURE, SOURCE_DETAIL, COMMENT_OBS … */
  attributes: Record<string, string>;
}

/** A published value in the grid. */
export interface PublishedValue extends CellValue {
  value: number;
  observationId: number;
  /** When it became public ('' for rows loaded before the published history began). */
  validFrom: string;
}

/** A draft value in the grid: `upsert` proposes a value, `delete` removes the published one. */
export interface DraftValue extends CellValue {
  changeId: number;
  op: 'upsert' | 'delete';
  /** Sent as `baseRevision` when changing this value. */
  revision: number;
  warningComment: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

/** One row of the grid: an area with one combination of disaggregation codes. */
export interface GridRow {
  key: string;
  area: string;
  areaName: string;
  dimensions: Record<string, string>;
  /** Time period → published and draft value; empty cells are left out. */
  cells: Record<string, { published: PublishedValue | null; draft: DraftValue | null; locked: boolean }>;
}

/** A time period an approval has locked, and why. */
export interface PeriodLock {
  timePeriod: string;
  reason: string;
  submissionId: number;
  lockedAt: string;
}

/** `GET /indicators/{code}/grid`. */
export interface GridAnswer {
  indicator: { id: string; code: string; title: string };
  series: { code: string; name: string; units: string[] }[];
  /** The series and unit shown; null when the indicator has no series. */
  selected: { series: string; unit: string } | null;
  submission: SubmissionSummary | null;
  /** Whether the signed-in user may change values of this indicator. */
  canEdit: boolean;
  /** Columns: periods with values or draft values, then the periods missing since the latest. */
  periods: string[];
  rows: GridRow[];
  locks: PeriodLock[];
}

/** A value as the validation route takes it (`value` may be text typed that is not a number yet). */
export interface EntryObservation {
  series: string;
  area: string;
  timePeriod: string;
  dimensions: Record<string, string>;
  unit: string;
  value: number | string | null;
  unitMult: number | null;
  attributes: Record<string, string>;
}

/**
 * One value of `PUT /submissions/{id}/changes`: the key, the new value (null removes the published value) and the
 * revision of the key's draft change the user saw (0 = none). Omitted `unitMult` and `attributes` keep the current ones.
 */
export interface ChangeEntry {
  series: string;
  area: string;
  timePeriod: string;
  dimensions: Record<string, string>;
  unit: string;
  value: number | null;
  unitMult?: number | null;
  attributes?: Record<string, string>;
  warningComment?: string | null;
  baseRevision: number;
}

/** A problem a validation rule found. */
export interface Issue {
  severity: Severity;
  kind: string;
  ruleId: number | null;
  key: string;
  series: string;
  area: string;
  timePeriod: string;
  dimensions: Record<string, string>;
  message: string;
}

/** `POST /indicators/{code}/validate`. */
export interface ValidateAnswer {
  issues: Issue[];
}

/** One change of a submission, old → new. */
export interface SubmissionChange {
  id: number;
  op: 'upsert' | 'delete';
  key: string;
  observationId: number | null;
  series: string;
  area: string;
  timePeriod: string;
  dimensions: Record<string, string>;
  unit: string;
  old: CellValue | null;
  new: CellValue | null;
  warningComment: string | null;
  revision: number;
  updatedBy: string | null;
  updatedAt: string;
  issues: Issue[];
}

/** One step of a submission's life: who did what when, with a comment. */
export interface SubmissionEvent {
  action: string;
  at: string;
  user: string | null;
  comment: string | null;
}

/** `GET /submissions/{id}`. */
export interface SubmissionDetail extends SubmissionSummary {
  changes: SubmissionChange[];
  events: SubmissionEvent[];
  issues: Issue[];
}

export type UploadMode = 'replace' | 'merge';
/** The formats an upload is read as (chosen by the server from the bytes and the header). */
export type UploadFormat = 'template-csv' | 'opensdg-csv' | 'xlsx' | 'sdmx-csv';

/** An observation as an upload answer shows it. */
export interface UploadObservation {
  key: string;
  series: string;
  area: string;
  timePeriod: string;
  dimensions: Record<string, string>;
  value: number;
  unit: string;
  unitMult: number | null;
  attributes: Record<string, string>;
}

/** A problem with one place of an uploaded file (row 0: the whole file, or a deletion). */
export interface UploadIssue {
  severity: Severity;
  file: string;
  sheet: string | null;
  row: number;
  column: string;
  reason: string;
}

/** The answer to an upload: what it would change (dry run) or did change (confirm). */
export interface DryRun {
  submissionId: number;
  mode: UploadMode;
  dryRun: boolean;
  committed: boolean;
  file: string;
  format: UploadFormat;
  sheet: string | null;
  rowsRead: number;
  counts: { added: number; changed: number; deleted: number; unchanged: number };
  added: { row: number; observation: UploadObservation }[];
  changed: { row: number; before: UploadObservation; after: UploadObservation }[];
  deleted: { observation: UploadObservation }[];
  issues: UploadIssue[];
  /** False while an issue has severity error. */
  canConfirm: boolean;
  digest: string;
}

/** A version of a published value and the time it was public. */
export interface ObservationVersion {
  series: string;
  area: string;
  timePeriod: string;
  dimensions: Record<string, string>;
  unit: string;
  value: number;
  unitMult: number | null;
  attributes: Record<string, string>;
  /** '' when loaded before the published history began. */
  validFrom: string;
  validTo: string | null;
  /** The submission whose approval replaced or deleted it. */
  submissionId: number | null;
}

/** A recorded change of a value. */
export interface AuditEvent {
  id: number;
  at: string;
  user: string | null;
  action: string;
  old: unknown;
  new: unknown;
  submissionId: number | null;
  comment: string | null;
}

/** `GET /observations/{id}/history`. */
export interface ObservationHistory {
  observationId: number;
  /** Oldest first; the current version last. */
  versions: ObservationVersion[];
  events: AuditEvent[];
}
