import { TOTAL } from '../domain/index.ts';

/**
 * The one place where source column names (Open SDG headers, SDMX-coded headers, UN SDG Database extract keys) become
 * SDMX dimension and attribute IDs, and where source values become SDMX codes when the correspondence is certain.
 * Source: IAEG-SDGs SDG Data Structure Definition 1.14 (dimensions, attributes and code lists CL_SEX, CL_AGE,
 * CL_URBANISATION, CL_QUANTILE, CL_EDUCATION_LEV, CL_DISABILITY, CL_ACTIVITY, CL_OCCUPATION, CL_PRODUCT, CL_FREQ,
 * CL_REPORTING_TYPE, CL_OBS_STATUS, CL_NATURE, CL_UNIT_MULT).
 */

/** Breakdown dimensions of the SDG DSD 1.14 (SERIES, REF_AREA and TIME_PERIOD have their own roles). */
export type SdmxDimensionId =
  | 'FREQ' | 'REPORTING_TYPE' | 'SEX' | 'AGE' | 'URBANISATION' | 'INCOME_WEALTH_QUANTILE' | 'EDUCATION_LEV'
  | 'OCCUPATION' | 'CUST_BREAKDOWN' | 'COMPOSITE_BREAKDOWN' | 'DISABILITY_STATUS' | 'ACTIVITY' | 'PRODUCT';

/** Observation attributes of the SDG DSD 1.14. UNIT_MEASURE and UNIT_MULT have their own observation fields. */
export type SdmxAttributeId =
  | 'UNIT_MEASURE' | 'UNIT_MULT' | 'OBS_STATUS' | 'NATURE' | 'COMMENT_OBS' | 'SOURCE_DETAIL' | 'BASE_PER'
  | 'TIME_DETAIL' | 'TIME_COVERAGE' | 'UPPER_BOUND' | 'LOWER_BOUND' | 'COMMENT_TS' | 'GEO_INFO_URL' | 'GEO_INFO_TYPE'
  | 'CUST_BREAKDOWN_LB' | 'DATA_LAST_UPDATE';

/**
 * What a source column holds:
 * - `time-period`: `Year`, `TIME_PERIOD`;
 * - `value`: `Value`, `OBS_VALUE`;
 * - `reference-area`: `GeoCode`, `REF_AREA`;
 * - `series`: `Series`, `SERIES`;
 * - `dimension`: a breakdown; `sdmx` says whether `id` is an SDMX dimension ID or a national name kept as given;
 * - `attribute`: an SDMX attribute.
 */
export type ColumnRole =
  | { kind: 'time-period' }
  | { kind: 'value' }
  | { kind: 'reference-area' }
  | { kind: 'series' }
  | { kind: 'dimension'; id: string; sdmx: boolean }
  | { kind: 'attribute'; id: SdmxAttributeId };

/** English names of the SDMX dimensions, for the `dimensions` table. */
export const SDMX_DIMENSION_NAMES: Readonly<Record<SdmxDimensionId, string>> = {
  FREQ: 'Frequency', REPORTING_TYPE: 'Reporting type', SEX: 'Sex', AGE: 'Age', URBANISATION: 'Urbanisation',
  INCOME_WEALTH_QUANTILE: 'Income or wealth quantile', EDUCATION_LEV: 'Education level', OCCUPATION: 'Occupation',
  CUST_BREAKDOWN: 'Custom breakdown', COMPOSITE_BREAKDOWN: 'Composite breakdown', DISABILITY_STATUS: 'Disability status',
  ACTIVITY: 'Economic activity', PRODUCT: 'Product',
};

/** Column names (normalised: lower case, `_`/`-` as spaces) by role. IDs themselves (`SEX`, `UNIT_MULT`) match too. */
const COLUMN_ROLES: Record<string, ColumnRole> = {
  year: { kind: 'time-period' }, 'time period': { kind: 'time-period' },
  value: { kind: 'value' }, 'obs value': { kind: 'value' },
  geocode: { kind: 'reference-area' }, 'ref area': { kind: 'reference-area' },
  series: { kind: 'series' },
  ...dimensionNames('SEX', ['sex']),
  ...dimensionNames('AGE', ['age', 'age group']),
  ...dimensionNames('URBANISATION', ['urbanisation', 'urbanization', 'location', 'urban or rural', 'urban/rural']),
  ...dimensionNames('INCOME_WEALTH_QUANTILE', [
    'income wealth quantile', 'quantile', 'quintile', 'wealth quintile', 'income quintile', 'household income quintile',
  ]),
  ...dimensionNames('EDUCATION_LEV', ['education lev', 'education level']),
  ...dimensionNames('DISABILITY_STATUS', ['disability status']),
  ...dimensionNames('ACTIVITY', ['activity', 'economic activity']),
  ...dimensionNames('OCCUPATION', ['occupation', 'type of occupation']),
  ...dimensionNames('PRODUCT', ['product', 'type of product']),
  ...dimensionNames('FREQ', ['freq', 'frequency']),
  ...dimensionNames('CUST_BREAKDOWN', ['cust breakdown', 'custom breakdown']),
  ...dimensionNames('REPORTING_TYPE', ['reporting type']),
  ...dimensionNames('COMPOSITE_BREAKDOWN', ['composite breakdown']),
  ...attributeNames('UNIT_MEASURE', ['unit measure', 'units', 'unit of measure', 'units of measure']),
  ...attributeNames('UNIT_MULT', ['unit mult', 'unit multiplier']),
  ...attributeNames('OBS_STATUS', ['obs status', 'observation status']),
  ...attributeNames('NATURE', ['nature']),
  ...attributeNames('SOURCE_DETAIL', ['source detail']),
  ...attributeNames('BASE_PER', ['base per']),
  ...attributeNames('TIME_DETAIL', ['time detail']),
  ...attributeNames('TIME_COVERAGE', ['time coverage']),
  ...attributeNames('UPPER_BOUND', ['upper bound']),
  ...attributeNames('LOWER_BOUND', ['lower bound']),
  ...attributeNames('COMMENT_TS', ['comment ts']),
  ...attributeNames('GEO_INFO_URL', ['geo info url']),
  ...attributeNames('GEO_INFO_TYPE', ['geo info type']),
  ...attributeNames('CUST_BREAKDOWN_LB', ['cust breakdown lb']),
  ...attributeNames('DATA_LAST_UPDATE', ['data last update']),
};

/**
 * The role of a source column, recognised case-insensitively with `_` and `-` read as spaces. `COMMENT_OBS`,
 * `COMMENT_OBS_0`, `COMMENT_OBS_1` … are all COMMENT_OBS. Any other name is a national dimension kept exactly as given
 * (trimmed). `Source` is deliberately not SOURCE_DETAIL: Open SDG repositories use it as a breakdown (funding source,
 * emission source); only `SOURCE_DETAIL` is the attribute.
 * @example columnRole('Urban or rural') // { kind: 'dimension', id: 'URBANISATION', sdmx: true }
 * @example columnRole('type_of_occupation') // { kind: 'dimension', id: 'OCCUPATION', sdmx: true }
 * @example columnRole('Unit multiplier') // { kind: 'attribute', id: 'UNIT_MULT' }
 * @example columnRole('Country of birth') // { kind: 'dimension', id: 'Country of birth', sdmx: false }
 */
export function columnRole(name: string): ColumnRole {
  const key = normalise(name.replace(/[_-]/g, ' '));
  if (/^comment obs( \d+)?$/.test(key)) return { kind: 'attribute', id: 'COMMENT_OBS' };
  return COLUMN_ROLES[key] ?? { kind: 'dimension', id: name.trim(), sdmx: false };
}

/**
 * The code a source value stands for in one dimension. A blank cell is the total `_T`. For SDMX dimensions, values
 * with a certain correspondence become their code (case-insensitive): Open SDG texts (`Female` → `F`,
 * `25 to 34` → `Y25T34`, `Urban` → `U`), UN SDG Database extract codes (`bothsex` → `_T`, `15_24` → `Y15T24`,
 * `lt5y` → `Y0T4`, `isco08_2` → `ISCO08_2`), and the totals `t`, `total`, `all`, `notspec`. Other values, and every
 * value of a national dimension, are kept as given (trimmed, in Unicode NFC).
 * @example dimensionCode('SEX', 'Females') // 'F'
 * @example dimensionCode('AGE', '65 years and over') // 'Y_GE65'
 * @example dimensionCode('AGE', '16 to 17') // '16 to 17' (Y16T17 is not in CL_AGE)
 * @example dimensionCode('Country of birth', '') // '_T'
 */
export function dimensionCode(id: string, value: string): string {
  const given = value.trim().normalize('NFC');
  if (given === '') return TOTAL;
  const codes = VALUE_CODES[id as SdmxDimensionId];
  if (!codes) return given;
  const key = normalise(given);
  if (GENERIC_TOTALS.has(key) && id !== 'FREQ' && id !== 'REPORTING_TYPE') return TOTAL;
  const mapped = codes[key];
  if (mapped) return mapped;
  if (id === 'AGE') return ageCode(key) ?? given;
  if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(key) && PREFIXED_CODES.test(key)) return key.toUpperCase();
  return given;
}

/**
 * UNIT_MULT as a power of ten from an Open SDG text (`Units`, `Thousands`, `Millions`, `Billions` …, CL_UNIT_MULT
 * names) or an integer -15…15; null when the text is blank or says something else (e.g. `Percentage (%)`).
 * @example unitMultiplier('Thousands') // 3
 * @example unitMultiplier('6') // 6
 */
export function unitMultiplier(text: string): number | null {
  const key = normalise(text);
  if (/^[+-]?\d{1,2}$/.test(key)) {
    const n = Number(key);
    return n >= -15 && n <= 15 ? n : null;
  }
  return UNIT_MULT_NAMES[key] ?? null;
}

/**
 * The code of an attribute value: OBS_STATUS and NATURE texts or codes become their CL_OBS_STATUS / CL_NATURE code
 * (`Normal value` → `A`, `Estimated value` → `E`, `Missing value; suppressed` → `Q`, `estimate` → `E`, `e` → `E`);
 * unknown texts (`Undefined`) and every other attribute are kept as given (trimmed, in Unicode NFC).
 * @example attributeCode('OBS_STATUS', 'Provisional value') // 'P'
 * @example attributeCode('NATURE', 'Estimated') // 'E'
 */
export function attributeCode(id: SdmxAttributeId, value: string): string {
  const given = value.trim().normalize('NFC');
  const table = id === 'OBS_STATUS' ? OBS_STATUS_CODES : id === 'NATURE' ? NATURE_CODES : null;
  return table?.[normalise(given)] ?? given;
}

function normalise(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

function dimensionNames(id: SdmxDimensionId, names: string[]): Record<string, ColumnRole> {
  const role: ColumnRole = { kind: 'dimension', id, sdmx: true };
  return Object.fromEntries([id.toLowerCase().replace(/_/g, ' '), ...names].map((n) => [n, role]));
}

function attributeNames(id: SdmxAttributeId, names: string[]): Record<string, ColumnRole> {
  const role: ColumnRole = { kind: 'attribute', id };
  return Object.fromEntries([id.toLowerCase().replace(/_/g, ' '), ...names].map((n) => [n, role]));
}

/** Table of `source text → code`; keys are normalised. */
function codes(entries: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [code, texts] of Object.entries(entries)) for (const t of [code.toLowerCase(), ...texts]) out[t] = code;
  return out;
}

/** Values that mean "no breakdown" in every SDMX breakdown dimension (CL_… `_T`). */
const GENERIC_TOTALS = new Set(['_t', 't', 'total', 'all', 'notspec', 'total or no breakdown', 'no breakdown']);

/** UN SDG Database extract codes that are lower-cased SDMX codes (`isic4_c`, `isco08_2`, `agg_0_1`). */
const PREFIXED_CODES = /^(isic4|isic3|isco08|isco88|isco68|agg|cpc2|mf)_/;

const VALUE_CODES: Partial<Record<SdmxDimensionId, Record<string, string>>> = {
  SEX: codes({
    F: ['female', 'females', 'female sex'], M: ['male', 'males', 'male sex'],
    _T: ['both sexes', 'bothsex', 'all sexes', 'total, sex'], _U: ['unknown'], _O: ['o', 'other'],
  }),
  AGE: codes({ _T: ['allage', 'all ages', 'total, age', 'total, all ages'], M0: ['lt1m'], Y0: ['lt1y', 'under 1', 'under 1 year'] }),
  URBANISATION: codes({
    U: ['urban', 'urban area', 'urban areas'], R: ['rural', 'rural area', 'rural areas'], CITY: ['city'], TSUB: [],
    _T: ['allarea', 'all areas', 'total, location', 'urban and rural'],
  }),
  INCOME_WEALTH_QUANTILE: codes({
    Q1: ['quintile 1', '1st quintile', '1st quintile (lowest)', 'lowest quintile', 'first quintile', 'bottom quintile'],
    Q2: ['quintile 2', '2nd quintile', 'second quintile'], Q3: ['quintile 3', '3rd quintile', 'third quintile'],
    Q4: ['quintile 4', '4th quintile', 'fourth quintile'],
    Q5: ['quintile 5', '5th quintile', '5th quintile (highest)', 'highest quintile', 'fifth quintile', 'top quintile'],
    B40: ['bottom 40%'], R60: ['richest 60%', 'top 60%'], B50: ['bottom 50%'], R50: ['richest 50%', 'top 50%'],
    _T: ['all quintiles', 'total, quintiles'],
  }),
  EDUCATION_LEV: codes({
    ISCED11_1: ['primar', 'primary', 'primary education'], ISCED11_2: ['lowsec', 'lower secondary', 'lower secondary education'],
    ISCED11_3: ['uppsec', 'upper secondary', 'upper secondary education'], AGG_2_3: ['second', 'secondary', 'secondary education'],
    AGG_5T8: ['tertiary', 'tertiary education'],
  }),
  DISABILITY_STATUS: codes({
    PD: ['pd', 'disabled', 'with disability', 'persons with disability', 'person with disability', 'has a disability'],
    PWD: ['pwd', 'not disabled', 'non-disabled', 'without disability', 'persons without disability', 'person without disability',
      'does not have a disability', 'no disability'],
    _T: ['total, disability status'],
  }),
  ACTIVITY: codes({
    ISIC4_A: ['agriculture, forestry and fishing'], ISIC4_B: ['mining and quarrying'], ISIC4_C: ['manufacturing'],
    ISIC4_D: ['electricity, gas, steam and air conditioning supply'],
    ISIC4_E: ['water supply; sewerage, waste management and remediation activities'], ISIC4_F: ['construction'],
    ISIC4_G: ['wholesale and retail trade; repair of motor vehicles and motorcycles'], ISIC4_H: ['transportation and storage'],
    ISIC4_I: ['accommodation and food service activities'], ISIC4_J: ['information and communication'],
    ISIC4_K: ['financial and insurance activities'], ISIC4_L: ['real estate activities'],
    ISIC4_M: ['professional, scientific and technical activities'], ISIC4_N: ['administrative and support service activities'],
    ISIC4_O: ['public administration and defence; compulsory social security'], ISIC4_P: ['education'],
    ISIC4_Q: ['human health and social work activities'], ISIC4_R: ['arts, entertainment and recreation'],
    ISIC4_S: ['other service activities'], ISIC4_U: ['activities of extraterritorial organisations and bodies'],
    _T: ['all activities', 'total, all industries'],
  }),
  OCCUPATION: codes({
    ISCO08_221: ['medical doctors', 'phys'], ISCO08_222_322: ['nursing and midwifery personnel', 'nursmid'],
    ISCO08_2221_3221: ['nursing personnel', 'nurs'], ISCO08_2261: ['dent'], ISCO08_2262: ['phar'],
  }),
  PRODUCT: codes({
    AGG_ARMS: ['arms'], AGG_CLTH: ['clothing'], AGG_IND: ['industrial products'], AGG_AGR: ['agriculture products', 'agricultural products'],
    AGG_OIL: ['oil'], AGG_TXT: ['textiles'],
  }),
  FREQ: codes({ A: ['annual', 'yearly'], S: ['half-yearly', 'semester'], Q: ['quarterly'], M: ['monthly'], W: ['weekly'], D: ['daily'] }),
  REPORTING_TYPE: codes({ N: ['national'], G: ['global'], R: ['regional'] }),
  CUST_BREAKDOWN: {},
  COMPOSITE_BREAKDOWN: {},
};

/** CL_AGE 1.12 codes: a derived age code is used only when the code list has it. */
const CL_AGE = new Set(`_T M0 M36T59 Y0 Y0T4 Y0T14 Y0T17 Y1T14 Y1T17 Y5T14 Y5T17 Y_GE5 Y6T14 Y6T17 Y_GE6 Y7T14 Y7T17
Y_GE7 Y10T14 Y10T17 Y10T24 Y10T74 Y_GE10 Y12T14 Y12T17 Y12T30 Y_GE12 Y14T24 Y14T28 Y14T29 Y_GE14 Y15T17 Y15T19
Y15T24 Y15T29 Y15T44 Y15T49 Y15T60 Y15T64 Y15T65 Y15T70 Y15T72 Y15T74 Y15T80 Y15T84 Y_GE15 Y16T24 Y16T65 Y16T74 Y_GE16
Y18T19 Y18T27 Y18T29 Y18T35 Y18T44 Y_GE18 Y19T65 Y20T24 Y20T29 Y20T30 Y20T49 Y20T64 Y20T74 Y25T29 Y25T34 Y25T64 Y_GE25
Y30 Y30T34 Y30T39 Y30T69 Y30T70 Y35 Y35T39 Y35T44 Y35T49 Y40T44 Y40T49 Y45T49 Y45T59 Y0T9 Y5T9 Y10T19 Y50T54 Y50T59
Y55T59 Y60T64 Y60T69 Y_GE60 Y65T69 Y_GE65 Y70T74 Y70T79 Y_GE70 Y75T79 Y_GE75 Y80T84 Y80T89 Y_GE80 Y85T89 Y_GE85
Y90T94 Y90T99 Y_GE90 Y95T99 Y_GE95 Y_GE100 Y45T54 Y45T64 Y55T64 Y15T28 M36T47 Y18T24 Y18T49 Y18T50 Y12T24 Y2T14
Y25T44 Y18T74 Y_GE20 Y0T7 Y1T4 Y_GE50 M6T59 Y0T5 Y30T35 Y0T45 Y_GE46 _U _X Y0T15 Y6T65 Y65T74 Y75T84 M12T23 M24T35
M48T59 Y0T34 Y0T44 Y0T24 Y_GE3 Y25T54 M24T59 Y5T12 Y25T74`.split(/\s+/));

const YEARS = '(?: years?)?(?: old)?';
const AGE_FORMS: [RegExp, (a: number, b: number) => string][] = [
  [new RegExp(`^(\\d+)${YEARS} ?(?:to|-|–|_) ?(\\d+)${YEARS}$`), (a, b) => `Y${a}T${b}`],
  [new RegExp(`^(\\d+)${YEARS} ?(?:and over|and older|or over|or older|\\+|plus)$`), (a) => `Y_GE${a}`],
  [new RegExp(`^(?:under|less than|younger than) (\\d+)${YEARS}$`), (a) => (a === 1 ? 'Y0' : `Y0T${a - 1}`)],
  [/^lt_?(\d+)y$/, (a) => (a === 1 ? 'Y0' : `Y0T${a - 1}`)],
  [new RegExp(`^(\\d+)${YEARS} and under$`), (a) => `Y0T${a}`],
  [/^m(\d+)t(\d+)$/, (a, b) => `M${a}T${b}`],
];

/** `25 to 34 years` → `Y25T34`, `65 and over` → `Y_GE65`, `under 18` → `Y0T17`, `15_24` → `Y15T24`, when in CL_AGE. */
function ageCode(key: string): string | null {
  for (const [form, code] of AGE_FORMS) {
    const m = form.exec(key);
    if (!m) continue;
    const candidate = code(Number(m[1]), Number(m[2]));
    return CL_AGE.has(candidate) ? candidate : null;
  }
  return null;
}

const UNIT_MULT_NAMES: Record<string, number> = {
  units: 0, unit: 0, ones: 0, tens: 1, hundreds: 2, thousands: 3, 'tens of thousands': 4, 'hundreds of thousands': 5,
  millions: 6, 'tens of millions': 7, 'hundreds of millions': 8, billions: 9, 'tens of billions': 10,
  'hundreds of billions': 11, trillions: 12, tenths: -1, hundredths: -2, thousandths: -3, millionths: -6,
};

/** CL_OBS_STATUS 2.1 by name, plus the short forms real files use. */
const OBS_STATUS_CODES = codes({
  A: ['normal value', 'normal'], B: ['time series break', 'break'], D: ['definition differs'],
  E: ['estimated value', 'estimated', 'estimate'], F: ['forecast value', 'forecast'], G: ['experimental value', 'experimental'],
  H: ['missing value; holiday or weekend'], I: ['imputed value (ccsa definition)', 'imputed value', 'imputed'], J: ['derogation'],
  K: ['data included in another category'], L: ['missing value; data exist but were not collected'],
  M: ['missing value; data cannot exist'], N: ['not significant'], O: ['missing value', 'missing data', 'missing'],
  P: ['provisional value', 'provisional'], Q: ['missing value; suppressed', 'missing data; suppressed', 'suppressed'],
  S: ['strike and other special events'], U: ['low reliability'], V: ['unvalidated value', 'unvalidated'],
  W: ['includes data from another category'],
});

/** CL_NATURE 1.0 by name. */
const NATURE_CODES = codes({
  C: ['country data'], CA: ['country adjusted', 'country adjusted data'], E: ['estimated', 'estimated data'],
  G: ['global monitoring data'], M: ['modeled', 'modelled'], N: ['non-relevant'], _X: ['not available'],
});
