import type { z } from 'zod';
import type {
  gapEntrySchema, gapListResponse, indicatorGapsResponse, pairSchema, trendSchema, yearGapSchema,
} from '../../../src/api/gaps/schema.ts';
import { apiGet, type CallOptions } from '../api/client.ts';

/**
 * Gaps between population groups as the API answers them (`GET /indicators/{code}/gaps`, `GET /gaps`): female vs
 * male, rural vs urban, poorest vs richest quintile, with vs without disability, each age group vs the total, each
 * area vs the country. The shapes are inferred from the routes' own schemas (type-only imports: nothing of the
 * server or of zod reaches the bundle).
 */

/** The `data` of an answer envelope. */
type Data<Schema extends z.ZodType> = z.infer<Schema> extends { data: infer D } ? D : never;

/** A breakdown whose groups are compared (SDMX dimension IDs, and REF_AREA for areas against the country). */
export type GapDimensionId = 'SEX' | 'AGE' | 'URBANISATION' | 'INCOME_WEALTH_QUANTILE' | 'DISABILITY_STATUS' | 'REF_AREA';

/** The gap in one year both groups have: `gap` = a − b, `ratio` = a / b (null on a zero denominator). */
export type YearGap = z.infer<typeof yearGapSchema>;

/** Whether the gap narrows (toward parity), widens or stays, and what that rests on. */
export type GapTrend = z.infer<typeof trendSchema>;
export type GapTrendClass = GapTrend['class'];

/** A code with its name in the page language. */
export type CodeName = IndicatorGaps['area'];

/** Two groups compared: their codes and names, the other breakdowns they share, the latest gap and the trend. */
export type GroupPair = Omit<z.infer<typeof pairSchema>, 'years'>;

/** `GET /indicators/{code}/gaps`: every series × unit with its breakdowns' pairs, each with its yearly gaps. */
export type IndicatorGaps = Data<typeof indicatorGapsResponse>;

/** One pair of the national lists, with where it comes from and its distance from parity. */
export type GapEntry = z.infer<typeof gapEntrySchema>;

/** `GET /gaps`: the largest and the widening gaps. */
export type GapList = Data<typeof gapListResponse>;

/** One indicator's gaps by breakdown. @throws ApiError (NOT_FOUND for an unknown indicator). */
export function getIndicatorGaps(code: string, options: CallOptions = {}): Promise<IndicatorGaps> {
  return apiGet<IndicatorGaps>(`/indicators/${encodeURIComponent(code)}/gaps`, {}, options);
}

/** The national list of the largest and widening gaps, optionally of one breakdown. */
export function getGapList(dimension: string | null, limit: number, options: CallOptions = {}): Promise<GapList> {
  return apiGet<GapList>('/gaps', { ...(dimension ? { dimension } : {}), limit: String(limit) }, options);
}
