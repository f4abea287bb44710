import type { DraftChange, IssueKind, ValidationIssue, ValidationRuleKind } from '../../domain/index.ts';
import { ApiError } from '../../api/errors.ts';
import { checkObservationCodes, periodKindProblem, type CodeBook, type CodeProblem } from '../../ingest/observation-codes/index.ts';
import {
  draftChangesAfter, observationKey, publishedByKeys, toDraftChange, type Db, type DraftChangeRecord,
} from '../../store/index.ts';
import { forEachInTurns, readInTurns, validateDraft } from '../validation/index.ts';
import { loadCodeBook } from './load-code-book.ts';

/**
 * The checks every draft value gets besides the indicator's configured rules, from its code book (see
 * checkObservationCodes): `codes` (an error: a breakdown, code, unit, unit multiplier or attribute the indicator's series
 * do not have) and `period_kind` (a warning, explained in a comment like any other: a kind of period the series does
 * not have yet, e.g. 2014/15 in a series of years).
 */
export type DraftCheckKind = Exclude<IssueKind, ValidationRuleKind>;

/**
 * Every issue of a submission's draft: the rules' (validateDraft over every change; a delete carries the published
 * value it removes) and the draft checks' (draftCheckIssues, against `book` or the indicator's code book read now),
 * ordered by observation key, the rules' first within a key. The draft is read once, a page at a time (readInTurns).
 * @example await draftIssues(db, '4.2.2', 7) // [{ severity: 'warning', kind: 'period_kind', key: 'SE_PRE_PARTN|050|2014/15||SEX=_T||PERCENT', … }]
 */
export async function draftIssues(db: Db, indicatorId: string, submissionId: number, book?: CodeBook): Promise<ValidationIssue[]> {
  const [records, codes] = await Promise.all([
    readInTurns<DraftChangeRecord>((last, limit) => draftChangesAfter(db, submissionId, last?.id ?? 0, limit)), book ?? loadCodeBook(db, indicatorId),
  ]);
  if (records.length === 0) return [];
  const deletes = records.filter((c) => c.op === 'delete');
  const published = await publishedByKeys(db, deletes.map((c) => ({ ...c, timePeriod: c.period.label })));
  const changes = records.map((c) => toDraftChange(c, published.get(c.key)?.value));
  const ruled = await validateDraft(db, indicatorId, changes);
  const checked: ValidationIssue[] = [];
  await forEachInTurns(changes, (c) => {
    for (const i of draftCheckIssues(codes, [c])) checked.push(i);
  });
  return [...ruled, ...checked].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Refuses upserts whose codes the indicator does not know, before anything is written.
 * @throws ApiError VALIDATION_FAILED naming the first problem as `changes.<i>.<field>: <reason>` (e.g.
 * `changes.0.dimensions.FOO: unknown dimension: indicator 4.2.2 has no breakdown "FOO" (…)`), with every problem in
 * `details.problems` as `{ change, key, field, value, reason }`.
 */
export function refuseUnknownCodes(book: CodeBook, changes: DraftChange[]): void {
  const problems = changes.flatMap((c, i) => (c.op === 'delete' ? [] : checkObservationCodes(book, c.observation).map((p) => ({
    change: i, key: keyOf(c.observation), field: fieldOf(p), value: p.value, reason: p.reason,
  }))));
  if (problems.length === 0) return;
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length === 2 ? '' : 's'})` : '';
  throw new ApiError('VALIDATION_FAILED', `changes.${first.change}.${first.field}: ${first.reason}${more}`, { problems });
}

/**
 * The draft checks' issues about a draft's upserts, in the draft's order: an error per unknown code, a warning per
 * period of a new kind (kinds `codes` and `period_kind`): the draft's issue list carries them beside the rules' issues
 * (the work pages list both, and submit wants a comment on each warning).
 * @example draftCheckIssues(book422, [{ op: 'upsert', observation: { series: 'SE_PRE_PARTN', period: fiscal('2014/15'), … } }])
 * // [{ severity: 'warning', kind: 'period_kind', key: 'SE_PRE_PARTN|050|2014/15||SEX=_T||PERCENT', message: 'period kind: 2014/15 is a fiscal year, …' }]
 */
export function draftCheckIssues(book: CodeBook, changes: DraftChange[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { op, observation: o } of changes) {
    if (op === 'delete') continue;
    const about = { key: keyOf(o), series: o.series, area: o.area, timePeriod: o.period.label, dimensions: o.dimensions, ruleId: null };
    for (const p of checkObservationCodes(book, o)) issues.push({ ...about, severity: 'error', kind: 'codes', message: `${fieldOf(p)}: ${p.reason}` });
    const newKind = periodKindProblem(book, o.series, o.period);
    if (newKind) issues.push({ ...about, severity: 'warning', kind: 'period_kind', message: newKind });
  }
  return issues;
}

/** Where a problem is in a change, as the API names it: `unit`, `unitMult`, `dimensions.SEX`, `attributes.OBS_STATUS`. */
function fieldOf(p: CodeProblem): string {
  switch (p.part) {
    case 'unit': return 'unit';
    case 'unitMult': return 'unitMult';
    case 'dimension': return `dimensions.${p.id}`;
    case 'attribute': return `attributes.${p.id}`;
  }
}

function keyOf(o: DraftChange['observation']): string {
  return observationKey({ series: o.series, area: o.area, timePeriod: o.period.label, dimensions: o.dimensions, unit: o.unit });
}
