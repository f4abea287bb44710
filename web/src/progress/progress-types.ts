import type { z } from 'zod';
import type {
  appliedTargetSchema, indicatorProgressResponse, methodsResponse, projectionSchema, resultSchema,
} from '../../../src/api/progress/schema.ts';

/**
 * The shapes the progress routes answer with (`{"data": …}` unwrapped), inferred from the routes' own schemas
 * (type-only imports: nothing of the server or of zod reaches the bundle).
 */

/** The `data` of an answer envelope. */
type Data<Schema extends z.ZodType> = z.infer<Schema> extends { data: infer D } ? D : never;

/** A progress method: `opensdg`, `unsd`, `eurostat`, `escap-csi` or `escap-ap`. */
export type ProgressMethodId = 'opensdg' | 'unsd' | 'eurostat' | 'escap-csi' | 'escap-ap';

/** `GET /progress/methods`: every method with its classes (ranked best 0 → worst), the national default and base year. */
export type ProgressMethods = Data<typeof methodsResponse>;

/** One method as `GET /progress/methods` lists it. */
export type ProgressMethodInfo = ProgressMethods['methods'][number];

/** A method's answer: its class (`status`) and the figure it rests on (score, ratio, CAGR, index, projected value). */
export type ProgressResult = z.infer<typeof resultSchema>;

/** The target a series key is assessed against: national, or global from the rule text and the base-year value. */
export type AppliedTarget = z.infer<typeof appliedTargetSchema>;

/** A trend extended to the target year (`cagr` or `linear`), with the year it meets the target or why not. */
export type Projection = z.infer<typeof projectionSchema>;

/** `GET /progress/indicators/{code}`: the indicator's result by each method and every series key of the scope. */
export type IndicatorProgress = Data<typeof indicatorProgressResponse>;

/** One series key of {@link IndicatorProgress}: points, base, target, every method's result and both projections. */
export type ProgressKey = IndicatorProgress['series'][number];
