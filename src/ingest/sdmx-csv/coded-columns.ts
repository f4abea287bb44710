import { type SdmxAttributeId, columnRole } from '../sdmx-dimensions.ts';
import type { CellProblem } from '../upload/upload-row.ts';

/**
 * How the columns of an SDMX-coded table are read, decided once from its header: SDMX-CSV 1.0 (`DATAFLOW` first),
 * SDMX-CSV 2.0 (`STRUCTURE`, `STRUCTURE_ID`, optional `ACTION`) and the upload template (no structure columns). A
 * header written with labels (`SEX: Sex`) is read by its ID. Roles come from columnRole in sdmx-dimensions.ts:
 * `TIME_PERIOD`, `OBS_VALUE`, `REF_AREA`, `SERIES`, `UNIT_MEASURE` (the unit), `UNIT_MULT`, the SDMX attributes, and
 * every other column a breakdown (an SDMX dimension when recognised, else a national one named as in the header).
 */
export interface CodedColumns {
  header: string[];
  /** Whether the header carries labels (`ID: Name`), so coded cells do too (`F: Female`). */
  labelled: boolean;
  period: number;
  value: number;
  area: number;
  series: number;
  unit: number;
  unitMult: number;
  /** SDMX-CSV 2.0 `ACTION` (I, A, R or D), or -1. */
  action: number;
  attributes: { index: number; id: SdmxAttributeId }[];
  dimensions: { index: number; id: string; sdmx: boolean }[];
  /** The ID each header cell was read as (for messages: the name as written is in `header`). */
  ids: string[];
}

/** Columns that describe the structure, not an observation: SDMX-CSV 1.0 and 2.0, and the site's own CSV answers. */
const STRUCTURE_COLUMNS = new Set(['DATAFLOW', 'STRUCTURE', 'STRUCTURE_ID', 'STRUCTURE_NAME', 'INDICATOR']);

/**
 * Whether a header is SDMX-CSV's: its first column is `DATAFLOW` (1.0) or `STRUCTURE` (2.0), with or without a label.
 * @example isSdmxCsvHeader(['DATAFLOW', 'FREQ', 'SERIES']) // true
 */
export function isSdmxCsvHeader(header: string[]): boolean {
  const first = columnId(header[0] ?? '');
  return first === 'DATAFLOW' || first === 'STRUCTURE';
}

/**
 * Plans the columns of an SDMX-coded header; -1 for a role the header lacks. A second column claiming a dimension
 * already taken stays a national breakdown under its header name.
 * @example planCodedColumns(['TIME_PERIOD', 'SERIES', 'REF_AREA', 'SEX', 'OBS_VALUE']).dimensions // [{ index: 3, id: 'SEX', sdmx: true }]
 */
export function planCodedColumns(header: string[]): CodedColumns {
  const ids = header.map(columnId);
  const plan: CodedColumns = {
    header, labelled: header.some((h) => LABELLED.test(h.trim())), period: -1, value: -1, area: -1, series: -1, unit: -1,
    unitMult: -1, action: -1, attributes: [], dimensions: [], ids,
  };
  const taken = new Set<string>();
  ids.forEach((id, index) => {
    if (STRUCTURE_COLUMNS.has(id)) return;
    if (id === 'ACTION') {
      plan.action = index;
      return;
    }
    const role = columnRole(id);
    switch (role.kind) {
      case 'time-period': if (plan.period < 0) plan.period = index; return;
      case 'value': if (plan.value < 0) plan.value = index; return;
      case 'reference-area': if (plan.area < 0) plan.area = index; return;
      case 'series': if (plan.series < 0) plan.series = index; return;
      case 'attribute':
        if (role.id === 'UNIT_MEASURE' && plan.unit < 0) plan.unit = index;
        else if (role.id === 'UNIT_MULT' && plan.unitMult < 0) plan.unitMult = index;
        else plan.attributes.push({ index, id: role.id });
        return;
      case 'dimension': {
        const name = header[index]!.trim();
        const dimension = taken.has(role.id) ? name : role.id;
        taken.add(dimension);
        plan.dimensions.push({ index, id: dimension, sdmx: role.sdmx && dimension === role.id });
      }
    }
  });
  return plan;
}

/** The plan of a header, or the problem that stops every row: no TIME_PERIOD or no OBS_VALUE column. */
export function planColumnsOrProblem(header: string[]): CodedColumns | CellProblem {
  const plan = planCodedColumns(header);
  const missing = plan.period < 0 ? 'TIME_PERIOD' : plan.value < 0 ? 'OBS_VALUE' : null;
  if (missing) return { column: '', reason: `missing column: no "${missing}" column in the header (${header.join(',')})` };
  return plan;
}

/** `ID: Name` as SDMX-CSV writes labels (`SEX: Sex`, `F: Female`). */
const LABELLED = /^([A-Za-z_][A-Za-z0-9_@$-]*): .*$/;

/** The ID of a header cell: the part before `: ` in a labelled header, else the cell trimmed (BOM dropped). */
export function columnId(cell: string): string {
  const text = cell.replace(/^\uFEFF/, '').trim();
  return LABELLED.exec(text)?.[1] ?? text;
}

/** A coded cell with its label: `F: Female`, `50: Bangladesh`, `Y0T4: Under 5 years old`. */
const LABELLED_CODE = /^([A-Za-z0-9_@$.-]+): .*$/s;

/** The code of a coded cell in a labelled file (`F: Female` → `F`); cells without a label are kept. */
export function codeOfLabelled(cell: string): string {
  return LABELLED_CODE.exec(cell.trim())?.[1] ?? cell;
}
