import { z } from 'zod';
import { REPORTING_STATUSES } from '../domain/index.ts';

/** `lang`: a BCP 47 language tag such as `en`, `fr`, `zh-Hans`; titles fall back to English. */
export const langQuery = z.strictObject({
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en, fr or zh-Hans').default('en'),
});

export const reportingStatusSchema = z.enum(REPORTING_STATUSES as unknown as [string, ...string[]]);

export const statusCountsSchema = z.object({
  complete: z.number().int(), inprogress: z.number().int(), notstarted: z.number().int(), notapplicable: z.number().int(),
});

/** Paging of long lists: `{ total, offset, limit }`. */
export const pageSchema = z.object({ total: z.number().int(), offset: z.number().int(), limit: z.number().int() });

/**
 * The error envelope every failure answers with; `details` where the error has more to say: the current value and
 * revision on CONFLICT, the locked period on INVALID_STATE, every problem on VALIDATION_FAILED, `lockedUntil` on
 * ACCOUNT_LOCKED, `retryAfterSeconds` on TOO_MANY_REQUESTS.
 */
export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), statusCode: z.number().int(), details: z.unknown().optional() }),
});

/** Wraps a payload schema in the `{ data: … }` envelope. */
export function envelope<T extends z.ZodType>(data: T): z.ZodObject<{ data: T }> {
  return z.object({ data });
}

/** The failures every route may answer, for the OpenAPI document (see errors.ts for the codes). */
export const errorResponses = { 400: errorSchema, 404: errorSchema, 503: errorSchema } as const;

/** The failures the signed-in work areas may answer, for the OpenAPI document (see errors.ts for the codes). */
export const workErrorResponses = {
  400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema, 503: errorSchema,
} as const;
