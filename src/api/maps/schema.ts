import { z } from 'zod';
import { AGGREGATION_METHODS, AGGREGATION_REASONS } from '../../analysis/area-aggregation.ts';
import { envelope } from '../common-schema.ts';
import { appliedTargetSchema, methodSchema, resultSchema } from '../progress/schema.ts';

/**
 * A level of reference areas as the stored area tree names it (`country`, `division`, `district` for Bangladesh;
 * `country`, `province`, `district` for Rwanda). Any name is accepted here; the routes answer 400 naming the stored
 * levels for one the tree does not hold (see GET /areas/levels).
 */
export const areaLevelSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'must be a level name such as district or province')
  .meta({ example: 'district' });

const langField = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en, fr or zh-Hans').default('en');
const dimensionField = z.union([z.string(), z.array(z.string())]).optional()
  .describe('ID:code, repeatable or a comma-separated list (e.g. SEX:F,AGE:Y15T24)');

/** How a parent's value (a division, a province, the nation) was worked out from the areas within it. */
export const aggregationMethodSchema = z.enum(AGGREGATION_METHODS);

/** How parents are derived for a selection, or why they are not, in one sentence (`text`). */
export const aggregationSchema = z.object({
  method: aggregationMethodSchema.nullable().describe('null: no parent value is derived'),
  reason: z.enum(AGGREGATION_REASONS)
    .describe('sum (counts); population_weighted (rates, shares); no_population (a rate or share with no population series stored); not_additive'),
  population_series: z.string().nullable().describe('the series whose values weight rates and shares (POP_TOTAL)'),
  text: z.string().meta({ example: 'Rates and shares are not derived for larger areas: no population series is stored to weight them.' }),
});

/** Attribution of the boundaries shown (the geometry licence). */
export const attributionSchema = z.string().nullable().meta({ example: 'geoBoundaries (CC BY 3.0 IGO)' });

// ---------------------------------------------------------------------------------------------------------------
// GET /api/v1/areas/levels

/** One level of the stored area tree, top first: how many areas and outlines it holds. */
export const areaLevelInfoSchema = z.object({
  level: areaLevelSchema,
  depth: z.number().int().describe('0 for the country, 1 for the level below it, …'),
  areas: z.number().int(),
  outlines: z.number().int().describe('areas of this level with a stored outline (0: it cannot be mapped)'),
});
export const areaLevelsResponse = envelope(z.array(areaLevelInfoSchema));

// ---------------------------------------------------------------------------------------------------------------
// GET /api/v1/areas/boundaries?level=district&lang=en

export const boundariesQuery = z.strictObject({
  level: areaLevelSchema.optional().describe('default: the finest level with outlines'), lang: langField,
});

/** One area's outline: id = area code; geometry as shipped (simplified GeoJSON Polygon / MultiPolygon). */
export const boundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string().meta({ example: 'BD-13' }),
  properties: z.object({
    code: z.string(),
    name: z.string(),
    level: z.string(),
    parent: z.string().nullable(),
  }),
  geometry: z.object({ type: z.string(), coordinates: z.unknown() }),
});

/** A GeoJSON FeatureCollection (not wrapped in `data`, so map libraries read it as is); `attribution` beside it. */
export const boundariesResponse = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(boundaryFeatureSchema),
  attribution: attributionSchema,
});

// ---------------------------------------------------------------------------------------------------------------
// GET /api/v1/areas/unmatched

export const unmatchedAreaSchema = z.object({
  code: z.string(),
  observations: z.number().int(),
  indicators: z.array(z.string()),
});
export const unmatchedAreasResponse = envelope(z.array(unmatchedAreaSchema));

// ---------------------------------------------------------------------------------------------------------------
// GET /api/v1/indicators/{code}/map

export const mapQuery = z.strictObject({
  series: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
  dimension: dimensionField,
  level: areaLevelSchema.optional().describe('default: the finest stored level'),
  lang: langField,
});

/** One area's value in one year; `derived` when worked out from the child areas (never stored). */
export const areaValueSchema = z.object({
  area: z.string(),
  name: z.string(),
  year: z.number().int(),
  value: z.number(),
  derived: z.boolean().optional(),
  method: aggregationMethodSchema.optional(),
});

/** The country's value of one year: observed, else `derived` from the areas with its `method`. */
export const nationalValueSchema = z.object({
  year: z.number().int(), value: z.number(), derived: z.boolean().optional(), method: aggregationMethodSchema.optional(),
});

export const areaTargetSchema = z.object({
  area: z.string(),
  year: z.number().int().nullable(),
  value: z.number().nullable(),
  direction: z.enum(['increase', 'decrease']).nullable(),
});

export const mapResponse = envelope(z.object({
  indicator: z.string(),
  series: z.string().nullable(),
  unit: z.string().nullable(),
  level: areaLevelSchema,
  levels: z.array(areaLevelSchema).describe('levels holding values for this selection (observed or derived), top first'),
  years: z.array(z.number().int()),
  series_options: z.array(z.object({ series: z.string(), unit: z.string() })).describe('series × unit holding area data'),
  values: z.array(areaValueSchema).describe('every year: the client slides through years without refetching'),
  national: z.array(nationalValueSchema).describe('the country\'s value per year: observed, else derived from the areas'),
  direction: z.enum(['increase', 'decrease']).nullable().describe('the desired direction (national target, else the global rule)'),
  targets: z.array(areaTargetSchema).describe('national targets that name an area'),
  attribution: attributionSchema,
  aggregation: aggregationSchema.nullable().describe('how values of larger areas are derived, or why not (null without data)'),
}));

// ---------------------------------------------------------------------------------------------------------------
// GET /api/v1/indicators/{code}/areas (area comparison)

export const areasComparisonQuery = z.strictObject({
  series: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
  year: z.coerce.number().int().optional(),
  level: areaLevelSchema.optional().describe('default: the finest stored level'),
  method: methodSchema.optional(),
  lang: langField,
});

/** Why an area is a pocket: behind the national value in the desired direction, or off track while the nation is on track. */
export const pocketReasonSchema = z.enum(['behind_national', 'off_track_nation_on_track']);

export const areaComparisonSchema = areaValueSchema.extend({
  national: z.number().nullable().describe('the national value of the same year'),
  difference: z.number().nullable().describe('value − national'),
  ratio: z.number().nullable().describe('value / national'),
  target: appliedTargetSchema.nullable(),
  progress: resultSchema.nullable().describe('the area\'s status by the method (null without a time series)'),
  pocket: z.boolean(),
  pocket_reasons: z.array(pocketReasonSchema),
});

export const areasComparisonResponse = envelope(z.object({
  indicator: z.string(),
  series: z.string().nullable(),
  unit: z.string().nullable(),
  level: areaLevelSchema,
  method: z.string(),
  direction: z.enum(['increase', 'decrease']).nullable(),
  year: z.number().int().nullable().describe('the year asked for, null for each area\'s latest'),
  national_status: z.string().nullable(),
  national: z.array(nationalValueSchema).describe('the country\'s value per year: observed, else derived from the areas'),
  areas: z.array(areaComparisonSchema),
}));

// ---------------------------------------------------------------------------------------------------------------
// GET /api/v1/areas/pockets?level=&method=&lang=

export const pocketsQuery = z.strictObject({
  level: areaLevelSchema.optional().describe('default: the finest stored level'),
  method: methodSchema.optional(),
  lang: langField,
});

export const pocketsResponse = envelope(z.object({
  level: areaLevelSchema,
  method: z.string(),
  indicators: z.array(z.object({
    indicator: z.string(),
    title: z.string(),
    series: z.string(),
    series_name: z.string().describe('the name of the series the figures are of'),
    unit: z.string(),
    direction: z.enum(['increase', 'decrease']).nullable(),
    areas_with_data: z.number().int(),
    national: z.array(nationalValueSchema).describe('the country\'s value per year: observed, else derived from the areas'),
    pockets: z.array(z.object({
      area: z.string(), name: z.string(), year: z.number().int(), value: z.number(),
      derived: z.boolean().optional(), method: aggregationMethodSchema.optional(),
      national: z.number().nullable(), reasons: z.array(pocketReasonSchema),
    })),
  })),
}));

export type BoundariesResponse = z.infer<typeof boundariesResponse>;
export type MapResponse = z.infer<typeof mapResponse>;
export type AreasComparisonResponse = z.infer<typeof areasComparisonResponse>;
export type PocketsResponse = z.infer<typeof pocketsResponse>;
export type UnmatchedAreasResponse = z.infer<typeof unmatchedAreasResponse>;
export type AreaLevelsResponse = z.infer<typeof areaLevelsResponse>;
