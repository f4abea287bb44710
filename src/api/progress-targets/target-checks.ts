import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { FieldProblem } from '../../ingest/targets-csv/index.ts';
import { ApiError } from '../errors.ts';

/** Zod issues as field problems: `[{ path: ['target', 'year'], message }]` → `[{ field: 'target.year', reason }]`. */
export function issueProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, reason: 'unknown field' }));
    return [{ field: base || '(body)', reason: issue.message }];
  });
}

/** 422 VALIDATION_FAILED: `target of 3.2.1: target.year: …; limit: …`, `details` every problem. */
export function validationFailed(subject: string, problems: FieldProblem[]): ApiError {
  return new ApiError('VALIDATION_FAILED', `${subject}: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`, problems);
}

/**
 * A route with `attachValidation` still answers 400 BAD_PARAMETER for a bad path or query: rethrows the attached
 * error unless it is about the body, which the handler checks itself to answer VALIDATION_FAILED per field.
 */
export function rethrowUnlessBody(request: FastifyRequest): void {
  const error = request.validationError as (Error & { validationContext?: string }) | undefined;
  if (error && error.validationContext !== 'body') throw error;
}
