/**
 * The shapes the open API answers with (`GET /api/v1/…`, always `{"data": …}`), as the public site reads them.
 * Titles arrive in the language asked for with `lang=xx`, falling back to English.
 */

/**
 * Reporting status of an indicator, as in Open SDG:
 * - `complete`: data reported and published;
 * - `inprogress`: data being sourced or explored;
 * - `notstarted`: no work started;
 * - `notapplicable`: the indicator does not apply to the country.
 */
export type ReportingStatus = 'complete' | 'inprogress' | 'notstarted' | 'notapplicable';

export const REPORTING_STATUSES: readonly ReportingStatus[] = ['complete', 'inprogress', 'notstarted', 'notapplicable'];

/** Indicator counts per reporting status, e.g. `{ complete: 12, inprogress: 3, notstarted: 0, notapplicable: 1 }`. */
export type StatusCounts = Record<ReportingStatus, number>;

/**
 * `GET /site`: the country and the languages the site speaks. Before a country is loaded its code and name are
 * null and `names` is empty; `names` maps a language to the country's name in it, e.g. `{ en: 'Bangladesh', bn: 'বাংলাদেশ' }`.
 */
export interface Site {
  country: { code: string | null; name: string | null; names: Record<string, string> };
  languages: { code: string; name: string }[];
  defaultLanguage: string;
}

/** One goal in `GET /goals`, e.g. `{ code: '3', short: 'Good health and well-being', colour: '#4C9F38', … }`. */
export interface GoalSummary {
  code: string;
  title: string;
  short: string;
  colour: string;
  indicatorCount: number;
  reportingStatus: StatusCounts;
}

/** `GET /reporting-status`: counts over unique indicators nationally (`total`) and per goal (over its listings). */
export interface ReportingStatusSummary {
  total: StatusCounts;
  indicatorCount: number;
  goals: { code: string; title: string; colour: string; indicatorCount: number; reportingStatus: StatusCounts }[];
}

/**
 * The most recent headline value of an indicator, e.g.
 * `{ timePeriod: '2021', value: 27.3, unit: 'PER_1000_LIVE_BIRTHS', unitName: 'Per 1,000 live births', relation: 'measures' }`.
 */
export interface LatestValue {
  timePeriod: string;
  value: number;
  unit: string;
  /** The unit's name from the SDMX code list (English), or the unit text itself when it has no name there. */
  unitName?: string | null;
  series: string;
  /** Whether the series measures the indicator or stands in for it (a proxy). */
  relation?: SeriesInfo['relation'] | null;
}

/** An indicator as listed under a target: `code` is the listing code, `id` the unique indicator it stands for. */
export interface IndicatorListingSummary {
  code: string;
  id: string;
  title: string;
  reportingStatus: ReportingStatus;
  latest: LatestValue | null;
}

/** `GET /goals/{goal}`: the goal with its targets and their indicators. */
export interface GoalDetail extends Omit<GoalSummary, 'indicatorCount'> {
  indicatorCount?: number;
  targets: { code: string; title: string; indicators: IndicatorListingSummary[] }[];
}

/** A category of a dimension, e.g. `{ code: 'F', name: 'Female' }`; the total is the code `_T`. */
export interface DimensionCode {
  code: string;
  name: string;
}

/** A disaggregation dimension of a series, e.g. `{ id: 'SEX', name: 'Sex', codes: [...] }`. */
export interface Dimension {
  id: string;
  name: string;
  codes: DimensionCode[];
}

/** A reference area, e.g. `{ code: 'BD', name: 'Bangladesh', level: 'country' }`. */
export interface Area {
  code: string;
  name: string;
  level: string;
  parent?: string | null;
}

/** A series measuring (or standing in for) an indicator, with what it is broken down by. */
export interface SeriesInfo {
  code: string;
  name: string;
  relation: 'measures' | 'proxy';
  units: string[];
  areas: Area[];
  dimensions: Dimension[];
  observationCount: number;
}

/** A data source of an indicator. */
export interface Source {
  title: string;
  licence?: string | null;
  url?: string | null;
}

/**
 * SDMX concepts whose codes the API names:
 * - `UNIT_MEASURE`: unit of measure, e.g. `PERCENT`;
 * - `OBS_STATUS`: observation status, e.g. `E` (estimated value);
 * - `NATURE`: nature of data, e.g. `C` (country data);
 * - `UNIT_MULT`: unit multiplier as a power of ten, e.g. `3` (thousands).
 */
export type CodeConcept = 'UNIT_MEASURE' | 'OBS_STATUS' | 'NATURE' | 'UNIT_MULT';

/** Names of codes by concept, from the SDMX code lists (English), e.g. `{ UNIT_MEASURE: { PERCENT: 'Percent' } }`. */
export type CodeNames = Partial<Record<CodeConcept, Record<string, string>>>;

/** How an indicator is drawn by default (Open SDG `graph_type`). */
export type GraphType = 'line' | 'bar' | 'binary' | string;

/** `GET /indicators/{code}`: everything the indicator page shows besides the observations. */
export interface IndicatorDetail {
  id: string;
  code: string;
  title: string;
  goal: { code: string; title: string; colour: string };
  target: { code: string; title: string };
  listings: { code: string; targetCode: string }[];
  reportingStatus: ReportingStatus;
  graphType?: GraphType | null;
  graphTitle?: string | null;
  computationUnits?: string | null;
  nationalGeographicalCoverage?: string | null;
  dataNonStatistical?: boolean | null;
  /** Metadata fields by key; values may hold HTML, which the site sanitises. */
  metadata: Record<string, unknown>;
  series: SeriesInfo[];
  /** Names of the unit, status, nature and multiplier codes the indicator's observations carry. */
  codeNames?: CodeNames;
  /** The series shown first, the one that best measures the indicator (null without data). */
  headlineSeries?: string | null;
  sources: Source[];
}

/** Kinds of time period: year `2015`, fiscal year `2014/15`, quarter `2024-Q1`, month, range `2010-2015`, date range. */
export type PeriodKind = 'year' | 'fiscal-year' | 'quarter' | 'month' | 'range' | 'date-range';

/** One observation, e.g. `{ series: 'SH_DYN_MORT', area: 'BD', timePeriod: '2021', dimensions: { SEX: 'F' }, value: 25.2, … }`. */
export interface Observation {
  series: string;
  area: string;
  timePeriod: string;
  periodKind?: PeriodKind | string;
  /** ISO date of the period's first day; orders periods of different kinds. */
  periodStart?: string;
  dimensions: Record<string, string>;
  value: number;
  unit: string;
  unitMult?: number | null;
  obsStatus?: string | null;
  nature?: string | null;
  comment?: string | null;
}

/** Paging of a list answer. */
export interface Page {
  total: number;
  offset: number;
  limit: number;
}

/** Filter of `GET /indicators/{code}/observations`; dimension filters go in `dimensions` (`{ SEX: 'F' }`). */
export interface ObservationQuery {
  series?: string;
  unit?: string;
  area?: string;
  from?: string;
  to?: string;
  dimensions?: Record<string, string>;
}
