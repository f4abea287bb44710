import { columnRole, SDMX_DIMENSION_NAMES, type SdmxDimensionId } from '../../ingest/sdmx-dimensions.ts';
import { ExportError } from './cell-texts.ts';

/**
 * The columns of one indicator's data file, in order: `Year`, the series column, `Units`, one column per breakdown
 * (SDMX dimensions first, then national ones, geography columns last from the coarsest to the finest), `GeoCode`,
 * `Unit multiplier`, the attributes (`Observation status`, `Unit measure`, other SDMX IDs, national names), `Value` last — the order Open
 * SDG's site builder expects (Year first, Value last). Every header is chosen so that the Open SDG importer's column
 * plan (src/ingest/opensdg/column-plan.ts, through columnRole) gives back the stored breakdown and attribute IDs.
 */
export interface FileColumns {
  /** `Series` (cells are series names), `SERIES` (cells are series codes) or null (only the default series). */
  series: 'Series' | 'SERIES' | null;
  units: boolean;
  dimensions: { id: string; header: string }[];
  geoCode: boolean;
  /** A `Unit multiplier` column: the power of ten, or the stored UNIT_MULT attribute text. */
  unitMult: boolean;
  /** TIME_DETAIL is written as a note in the Year cell. */
  timeDetailInYear: boolean;
  /** Attributes other than UNIT_MULT; `national` ones must be declared in config_data.yml to stay attributes. */
  attributes: { id: string; header: string; national: boolean }[];
}

/** What the rows of one file use, gathered while reading them. */
export interface FileContents {
  series: 'Series' | 'SERIES' | null;
  units: boolean;
  /** Breakdown ID → the codes its rows use. */
  dimensionCodes: Map<string, Set<string>>;
  geoCode: boolean;
  unitMult: boolean;
  /** Attribute IDs in the order the stored rows hold them (see attributeOrder). */
  attributeIds: string[];
  /** TIME_DETAIL goes into the Year cell as a note (`2019/20 [Note 5]`) rather than into a column of its own. */
  timeDetailInYear: boolean;
}

/**
 * Plans the columns of a file holding `contents`.
 * @throws ExportError for a breakdown or attribute ID that no header reads back as (e.g. a national breakdown named
 *   `Age group` in a file without the SDMX `AGE` it stood beside).
 * @example planFileColumns({ series: null, units: true, dimensionCodes: new Map([['SEX', new Set(['F'])], ['Country of birth', new Set(['UK'])]]), geoCode: false,
 *   unitMult: false, attributeIds: ['OBS_STATUS'], timeDetailInYear: false }).dimensions
 *   // [{ id: 'SEX', header: 'Sex' }, { id: 'Country of birth', header: 'Country of birth' }]
 */
export function planFileColumns(contents: FileContents): FileColumns {
  const ids = [...contents.dimensionCodes.keys()].sort(compare);
  const sdmx = ids.filter(isSdmxDimension);
  const geography = (id: string): boolean => GEOGRAPHY_COLUMNS.has(id.trim().toLowerCase());
  const breadth = (id: string): number => contents.dimensionCodes.get(id)!.size;
  const national = [
    ...ids.filter((id) => !isSdmxDimension(id) && !geography(id)),
    ...ids.filter((id) => !isSdmxDimension(id) && geography(id)).sort((a, b) => breadth(a) - breadth(b) || compare(a, b)),
  ];
  const nationalNames = new Set(national.map((id) => id.trim().toLowerCase()));
  const dimensions = sdmx.map((id) => ({ id, header: sdmxHeader(id as SdmxDimensionId, nationalNames) }));
  for (const id of national) {
    const role = columnRole(id);
    const readsBack = role.kind === 'dimension' && (!role.sdmx || sdmx.includes(role.id));
    if (!readsBack) throw new ExportError(`the breakdown "${id}" would not be read back as a breakdown of that name`);
    dimensions.push({ id, header: id });
  }
  const skipped = new Set(['UNIT_MULT', ...(contents.timeDetailInYear ? ['TIME_DETAIL'] : [])]);
  const attributes = contents.attributeIds.filter((id) => !skipped.has(id)).map((id) => {
    const role = columnRole(id);
    if (role.kind === 'attribute' && role.id === id) return { id, header: ATTRIBUTE_HEADERS[id] ?? id, national: false };
    if (role.kind === 'dimension' && !nationalNames.has(id.trim().toLowerCase())) return { id, header: id, national: true };
    throw new ExportError(`the attribute "${id}" would not be read back as an attribute`);
  });
  const units = contents.units || contents.attributeIds.includes('UNIT_MEASURE');
  const unitMult = contents.unitMult || contents.attributeIds.includes('UNIT_MULT');
  return { series: contents.series, units, dimensions, geoCode: contents.geoCode, unitMult, timeDetailInYear: contents.timeDetailInYear, attributes };
}

/** The header row of a planned file. */
export function headerRow(columns: FileColumns): string[] {
  return [
    'Year',
    ...(columns.series ? [columns.series] : []),
    ...(columns.units ? ['Units'] : []),
    ...columns.dimensions.map((d) => d.header),
    ...(columns.geoCode ? ['GeoCode'] : []),
    ...(columns.unitMult ? [UNIT_MULT_HEADER] : []),
    ...columns.attributes.map((a) => a.header),
    'Value',
  ];
}

/** The unit multiplier's header, as Open SDG repositories name it. */
export const UNIT_MULT_HEADER = 'Unit multiplier';

/** Headers of SDMX attributes as Open SDG repositories name them; the others keep their SDMX ID (`COMMENT_OBS`). */
const ATTRIBUTE_HEADERS: Record<string, string> = { OBS_STATUS: 'Observation status', UNIT_MEASURE: 'Unit measure' };

/**
 * The columns the importer reads as geography (src/ingest/opensdg/column-plan.ts): it names a GeoCode area after the
 * rightmost of them that is the same on all the area's rows, so they are written coarsest first (fewest codes), as
 * sources write them (`Country`, `Region`, `Local authority`).
 */
const GEOGRAPHY_COLUMNS = new Set([
  'geography', 'region', 'country', 'local authority', 'province', 'territory', 'state', 'county', 'division', 'district',
  'municipality',
]);

function isSdmxDimension(id: string): boolean {
  const role = columnRole(id);
  return role.kind === 'dimension' && role.sdmx && role.id === id;
}

/** The readable SDMX name (`Sex`) when it reads back and no national breakdown of the file has it, else the ID. */
function sdmxHeader(id: SdmxDimensionId, nationalNames: Set<string>): string {
  const name = SDMX_DIMENSION_NAMES[id];
  const role = columnRole(name);
  return role.kind === 'dimension' && role.id === id && !nationalNames.has(name.toLowerCase()) ? name : id;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
