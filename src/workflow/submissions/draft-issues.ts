import type { ValidationIssue } from '../../domain/index.ts';
import { listDraftChanges, publishedByKeys, toDraftChange, type Db } from '../../store/index.ts';
import { validateDraft } from '../validation/index.ts';

/**
 * The validation issues of a submission's whole draft (validateDraft over every change; a delete carries the
 * published value it removes). Ordered as validateDraft orders them.
 */
export async function validateSubmission(db: Db, indicatorId: string, submissionId: number): Promise<ValidationIssue[]> {
  const changes = await listDraftChanges(db, submissionId);
  if (changes.length === 0) return [];
  const deletes = changes.filter((c) => c.op === 'delete');
  const published = await publishedByKeys(db, deletes.map((c) => ({ ...c, timePeriod: c.period.label })));
  return validateDraft(db, indicatorId, changes.map((c) => toDraftChange(c, published.get(c.key)?.value)));
}
