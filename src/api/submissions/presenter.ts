import type { z } from 'zod';
import { answersFor, findSubmission, type Db, type Submission, type User } from '../../store/index.ts';
import {
  allowedActions, assertCanRead, summarise, type SubmissionSummary, type WorkflowState,
} from '../../workflow/submissions/index.ts';
import { findListing, readCatalogue } from '../catalogue.ts';
import { notFound } from '../errors.ts';
import type { submissionSummarySchema } from './schema.ts';

/** A submission summary as the API answers it: the workflow's summary plus the indicator's code and title and what the user may do. */
export type PresentedSummary = z.infer<typeof submissionSummarySchema>;

/**
 * Adds the indicator's first listing code and title (in `lang`) and the actions the user may take to each summary.
 * Example: `{ id: 7, indicatorId: '3.2.1', indicatorCode: '3.2.1', indicatorTitle: 'Under-5 mortality rate', state: 'submitted',
 * allowedActions: ['approve', 'return'], … }`.
 */
export async function presentSummaries<T extends SubmissionSummary>(db: Db, user: User, summaries: T[], lang = 'en'): Promise<(T & Omit<PresentedSummary, keyof SubmissionSummary>)[]> {
  const catalogue = await readCatalogue(db, lang);
  const answers = new Map<string, boolean>();
  for (const id of new Set(summaries.map((s) => s.indicatorId))) {
    answers.set(id, user.role === 'provider' && await answersFor(db, id, user.organisations));
  }
  return summaries.map((s) => {
    const listing = findListing(catalogue, s.indicatorId);
    return {
      ...s,
      indicatorCode: listing?.code ?? s.indicatorId,
      indicatorTitle: listing?.title ?? s.indicatorId,
      allowedActions: allowedActions(s.state as WorkflowState, { role: user.role, answersForIndicator: answers.get(s.indicatorId) ?? false }),
    };
  });
}

/** One presented summary of a stored submission (with its number of changes). */
export async function presentSubmission(db: Db, user: User, submission: Submission & { changeCount: number }): Promise<PresentedSummary> {
  const [summary] = await summarise(db, [submission]);
  return (await presentSummaries(db, user, [summary!]))[0]! as PresentedSummary;
}

/** A submission the user may read. @throws ApiError NOT_FOUND, FORBIDDEN. */
export async function readableSubmission(db: Db, user: User, id: number): Promise<Submission> {
  const submission = await findSubmission(db, id);
  if (!submission) throw notFound('submission', String(id));
  await assertCanRead(db, user, submission);
  return submission;
}
