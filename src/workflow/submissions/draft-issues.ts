import type { ValidationIssue } from '../../domain/index.ts';
import { draftChangesAfter, publishedByKeys, toDraftChange, type Db, type DraftChangeRecord } from '../../store/index.ts';
import { readInTurns, validateDraft } from '../validation/index.ts';

/**
 * The validation issues of a submission's whole draft (validateDraft over every change; a delete carries the
 * published value it removes). Ordered as validateDraft orders them. The draft is read a page at a time with a turn
 * of the event loop between pages (see readInTurns), so a draft of 100,000 values does not hold up other requests.
 */
export async function validateSubmission(db: Db, indicatorId: string, submissionId: number): Promise<ValidationIssue[]> {
  const changes = await readInTurns<DraftChangeRecord>((last, limit) => draftChangesAfter(db, submissionId, last?.id ?? 0, limit));
  if (changes.length === 0) return [];
  const deletes = changes.filter((c) => c.op === 'delete');
  const published = await publishedByKeys(db, deletes.map((c) => ({ ...c, timePeriod: c.period.label })));
  return validateDraft(db, indicatorId, changes.map((c) => toDraftChange(c, published.get(c.key)?.value)));
}
