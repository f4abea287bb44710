/**
 * The shapes the work-area routes answer with (`{"data": …}` unwrapped), as the provider and reviewer pages read them.
 * Field words follow the domain: series, area, time period, dimensions (SDMX id → code, total `_T`), unit.
 */

/** `draft` → `submitted` → `approved`, `submitted` → `returned` → `submitted` (see the decision record on governance). */
export type SubmissionState = 'draft' | 'submitted' | 'returned' | 'approved';

/** How an organisation answers for an indicator. */
export type ResponsibilityRole = 'lead' | 'co_lead' | 'associate';

/** `error` blocks a submission; `warning` needs a comment from the provider. */
export type Severity = 'error' | 'warning';

/** A user of the work areas, as `GET /auth/me` names them. */
export interface WorkUser {
  id: number;
  username: string;
  displayName: string;
  role: 'admin' | 'reviewer' | 'provider' | 'viewer';
  organisations: string[];
}

/** One row of "my work": an indicator, who answers for it, its open submission and what is missing. */
export interface WorkTask {
  indicatorId: string;
  code: string;
  title: string;
  organisations: { id: string; name: string; role: ResponsibilityRole }[];
  /** The open (or last approved) submission, or null when nobody has entered anything. */
  submission: {
    id: number; state: SubmissionState; revision: number; comment: string | null; updatedAt: string; changeCount?: number;
  } | null;
  /** The most recent period with a published value, e.g. `2021`; null without data. */
  latestPeriod: string | null;
  /** What is missing, in words the server composes, e.g. `no value for 2022`, `series SH_DYN_MORT has no data`. */
  missing: string[];
}

/** A submission in a list (the review queue). */
export interface SubmissionSummary {
  id: number;
  indicatorId: string;
  indicatorTitle?: string | null;
  organisationId: string;
  organisationName?: string | null;
  state: SubmissionState;
  revision: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  submittedBy?: string | null;
  changeCount?: number;
  comment: string | null;
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
  validFrom: string;
}

/** A draft value in the grid: `upsert` proposes a value, `delete` removes the published one. */
export interface DraftValue extends CellValue {
  changeId: number;
  op: 'upsert' | 'delete';
  revision: number;
  warningComment: string | null;
  updatedBy?: string | null;
  updatedAt?: string | null;
}

/** One row of the grid: an area with one combination of disaggregation codes. */
export interface GridRow {
  key: string;
  area: string;
  areaName: string;
  dimensions: Record<string, string>;
  /** Time period → published and draft value (either may be null). */
  cells: Record<string, { published: PublishedValue | null; draft: DraftValue | null }>;
}

/** A time period that cannot be changed, and why (approved and locked, or a submission under review). */
export interface PeriodLock {
  timePeriod: string;
  reason: string;
  submissionId: number | null;
  lockedAt: string | null;
}

/** `GET /indicators/{code}/grid`. */
export interface GridAnswer {
  indicator: { id: string; code: string; title: string };
  series: { code: string; name: string; units: string[] }[];
  selected: { series: string; unit: string };
  submission: SubmissionSummary | null;
  /** Whether the signed-in user may change values of this indicator. */
  canEdit: boolean;
  periods: string[];
  rows: GridRow[];
  locks: PeriodLock[];
  /** Names of dimension codes, e.g. `{ SEX: { name: 'Sex', codes: { F: 'Female' } } }`. */
  dimensionNames?: Record<string, { name: string; codes: Record<string, string> }>;
}

/** An observation as the write routes take it. */
export interface EntryObservation {
  series: string;
  area: string;
  timePeriod: string;
  dimensions: Record<string, string>;
  unit: string;
  value: number | null;
  unitMult: number | null;
  attributes: Record<string, string>;
}

/** The body of `PUT /submissions/{id}/changes`. */
export interface ValueEntry {
  op: 'upsert' | 'delete';
  observation: EntryObservation;
  /** The draft revision the user edited (0 when there was no draft value). */
  baseRevision: number;
  warningComment?: string | null;
}

/** A problem a validation rule found. */
export interface Issue {
  severity: Severity;
  kind: string;
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
export type UploadFormat = 'csv' | 'xlsx' | 'sdmx-csv';

/** One row of a dry run: the key, and the value before and after. */
export interface PlannedRow {
  series: string;
  area: string;
  timePeriod: string;
  dimensions: Record<string, string>;
  unit: string;
  old: number | null;
  new: number | null;
}

/** A problem with one place of an uploaded file. */
export interface UploadError {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  reason: string;
}

/** The answer to an upload: what it would change (or did change, after a confirm). */
export interface DryRun {
  counts: { added: number; changed: number; deleted: number; unchanged: number; errors: number };
  added: PlannedRow[];
  changed: PlannedRow[];
  deleted: PlannedRow[];
  errors: UploadError[];
  warnings: Issue[];
  digest: string;
  confirmed: boolean;
}

/** A version of a published value and the time it was public. */
export interface ObservationVersion {
  value: number;
  unitMult: number | null;
  attributes: Record<string, string>;
  validFrom: string;
  validTo: string | null;
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
  versions: ObservationVersion[];
  events: AuditEvent[];
}
