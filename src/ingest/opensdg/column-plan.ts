import { type SdmxAttributeId, columnRole } from '../sdmx-dimensions.ts';

/**
 * How the columns of one data file are read, decided once from its header (names via sdmx-dimensions.ts):
 * - `Year` and `Value` are found by name, wherever they stand (a file may end with `COMMENT_OBS_1` instead of `Value`);
 * - `GeoCode` gives the reference area (a stored area under any of its codes, else a new area under the country).
 *   The geography columns (`Geography`, `Region`, `Country`, `Local Authority`, `Province`, `Division`, …)
 *   stay breakdowns, as Open SDG shows them: a GeoCode may name a region while `Local authority` breaks it down
 *   further (UK 3-7-1), so they cannot be folded into the area; they only supply new areas' names;
 * - `Series` names the series; `Units` is the unit, else `Unit measure`; when both are present `Unit measure` is kept
 *   as the UNIT_MEASURE attribute;
 * - SDMX attributes (`Observation status`, `COMMENT_OBS…`, `NATURE`, `SOURCE_DETAIL` …) and the columns the
 *   repository declares as attributes or non-disaggregation columns (`Progress`) are attributes;
 * - every other column is a breakdown: an SDMX dimension when recognised, else a national one named as in the header.
 *   A second column claiming an SDMX dimension already taken stays national under its own name; a repeated header
 *   name gets ` (column N)` appended.
 */
export interface ColumnPlan {
  header: string[];
  year: number;
  value: number;
  geoCode: number;
  series: number;
  /** True when the series column is the SDMX-coded `SERIES`, whose cells are series codes. */
  seriesCoded: boolean;
  unit: number;
  unitMult: number;
  attributes: PlannedAttribute[];
  dimensions: PlannedDimension[];
}

/** An attribute column; `id` is the SDMX attribute ID or the header name (`Progress`). */
export interface PlannedAttribute {
  index: number;
  id: string;
  sdmx: SdmxAttributeId | null;
}

/** A breakdown column; `geography` marks columns that may name a GeoCode area. */
export interface PlannedDimension {
  index: number;
  id: string;
  sdmx: boolean;
  geography: boolean;
}

const GEOGRAPHY_COLUMNS = new Set([
  'geography', 'region', 'country', 'local authority', 'province', 'territory', 'state', 'county', 'division', 'district',
  'municipality',
]);

/**
 * Plans the columns of `header`. `attributeColumns` are header names the repository declares as attributes.
 * @example planColumns(['Year', 'Sex', 'Units', 'Value'], new Set()).dimensions // [{ index: 1, id: 'SEX', sdmx: true, geography: false }]
 */
export function planColumns(header: string[], attributeColumns: ReadonlySet<string>): ColumnPlan {
  const plan: ColumnPlan = {
    header, year: -1, value: -1, geoCode: -1, series: -1, seriesCoded: false, unit: -1, unitMult: -1, attributes: [], dimensions: [],
  };
  let unitMeasure = -1;
  const taken = new Set<string>();
  header.forEach((name, index) => {
    const role = columnRole(name);
    switch (role.kind) {
      case 'time-period': if (plan.year < 0) plan.year = index; return;
      case 'value': if (plan.value < 0) plan.value = index; return;
      case 'reference-area': if (plan.geoCode < 0) plan.geoCode = index; return;
      case 'series':
        if (plan.series < 0) {
          plan.series = index;
          plan.seriesCoded = name.trim() === 'SERIES';
        }
        return;
      case 'attribute':
        if (role.id === 'UNIT_MULT' && plan.unitMult < 0) plan.unitMult = index;
        else if (role.id === 'UNIT_MEASURE' && /^units$/i.test(name.trim()) && plan.unit < 0) plan.unit = index;
        else if (role.id === 'UNIT_MEASURE' && unitMeasure < 0) unitMeasure = index;
        else plan.attributes.push({ index, id: role.id, sdmx: role.id });
        return;
      case 'dimension': {
        const base = role.sdmx && taken.has(role.id) ? name.trim() : role.id;
        const id = taken.has(base) ? `${base} (column ${index + 1})` : base;
        if (attributeColumns.has(name.trim())) {
          plan.attributes.push({ index, id: name.trim(), sdmx: null });
          return;
        }
        taken.add(id);
        plan.dimensions.push({ index, id, sdmx: role.sdmx && id === role.id, geography: GEOGRAPHY_COLUMNS.has(name.trim().toLowerCase()) });
      }
    }
  });
  if (plan.unit < 0) plan.unit = unitMeasure;
  else if (unitMeasure >= 0) plan.attributes.push({ index: unitMeasure, id: 'UNIT_MEASURE', sdmx: 'UNIT_MEASURE' });
  return plan;
}
