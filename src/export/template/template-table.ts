import type { Observation } from '../../domain/index.ts';
import { encodeDimensions } from '../../store/index.ts';
import { SDMX_DIMENSION_NAMES } from '../../ingest/sdmx-dimensions.ts';

/** The columns every template starts with, in order. */
export const LEADING_COLUMNS = ['TIME_PERIOD', 'SERIES', 'UNIT_MEASURE', 'UNIT_MULT', 'REF_AREA'] as const;
/** The value column, after the dimensions. */
export const VALUE_COLUMN = 'OBS_VALUE';
/** The attribute columns every template has after the value; further attributes the data uses follow them. */
export const ATTRIBUTE_COLUMNS = ['OBS_STATUS', 'NATURE', 'SOURCE_DETAIL', 'COMMENT_OBS'] as const;

/** A template's table: its header and one row per observation, cells as the file writes them. */
export interface TemplateTable {
  header: string[];
  /** Dimension columns, in header order: SDMX dimensions in the DSD's order, then national ones by name. */
  dimensions: string[];
  /** Attribute columns, in header order. */
  attributes: string[];
  /** Values are numbers (OBS_VALUE, UNIT_MULT when a power of ten); every other cell is text. */
  rows: (string | number)[][];
}

const DSD_ORDER = Object.keys(SDMX_DIMENSION_NAMES);

/**
 * The upload template's table for an indicator's published observations: TIME_PERIOD (the canonical label),
 * SERIES, UNIT_MEASURE, UNIT_MULT (the power of ten, or the text an Open SDG file gave), REF_AREA, one column per
 * dimension the observations use (the stored code; a row without that dimension leaves it blank, which reads back as
 * `_T`), OBS_VALUE, OBS_STATUS, NATURE, SOURCE_DETAIL, COMMENT_OBS, then any other attribute the data carries (e.g.
 * TIME_DETAIL), so that reading the template back gives the same observations. Rows are ordered by series, area,
 * breakdown, unit and period.
 * @example templateTable([observation({ dimensions: { SEX: 'F', AGE: 'Y0T4' }, value: 25.2 })]).header
 * // ['TIME_PERIOD', 'SERIES', 'UNIT_MEASURE', 'UNIT_MULT', 'REF_AREA', 'SEX', 'AGE', 'OBS_VALUE', 'OBS_STATUS', 'NATURE', 'SOURCE_DETAIL', 'COMMENT_OBS']
 */
export function templateTable(observations: Observation[]): TemplateTable {
  const dimensionIds = new Set<string>();
  const extra = new Set<string>();
  for (const o of observations) {
    for (const id of Object.keys(o.dimensions)) dimensionIds.add(id);
    for (const id of Object.keys(o.attributes)) {
      if (id !== 'UNIT_MULT' && !(ATTRIBUTE_COLUMNS as readonly string[]).includes(id)) extra.add(id);
    }
  }
  const dimensions = [...dimensionIds].sort(byDsdOrder);
  const attributes = [...ATTRIBUTE_COLUMNS, ...[...extra].sort()];
  const ordered = observations.map((o) => ({ o, key: `${o.series}\u0000${o.area}\u0000${encodeDimensions(o.dimensions)}\u0000${o.unit}\u0000${o.period.start}\u0000${o.period.label}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows = ordered.map(({ o }) => [
    o.period.label, o.series, o.unit, o.unitMult ?? o.attributes.UNIT_MULT ?? '', o.area,
    ...dimensions.map((id) => o.dimensions[id] ?? ''), o.value, ...attributes.map((id) => o.attributes[id] ?? ''),
  ]);
  return { header: [...LEADING_COLUMNS, ...dimensions, VALUE_COLUMN, ...attributes], dimensions, attributes, rows };
}

/** SDMX dimensions in the DSD's order (SEX before AGE), then national ones by name. */
function byDsdOrder(a: string, b: string): number {
  const i = DSD_ORDER.indexOf(a);
  const j = DSD_ORDER.indexOf(b);
  if (i >= 0 && j >= 0) return i - j;
  if (i >= 0 || j >= 0) return i >= 0 ? -1 : 1;
  return a.localeCompare(b, 'en');
}
