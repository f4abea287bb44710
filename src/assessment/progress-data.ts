/**
 * What progress assessment reads from the store, in one pass: every published observation as yearly points per
 * series key (indicator, series, unit, reference area, disaggregation), every stored target, the global rules, the
 * framework's goal and target of each indicator, and the national settings (country area, base year, method).
 */
import type { SelectQueryBuilder } from 'kysely';
import {
  ESCAP_ANTICIPATED_THRESHOLDS, PROGRESS_METHODS, type EscapAnticipatedThresholds, type ProgressMethod, type YearValue,
} from '../analysis/progress/index.ts';
import {
  activeFrameworkId, decodeDimensions, getSetting, listAllProgressTargets, listGlobalTargetRules, listListingRows, listTargetRows,
  publishedAt, type Database, type Db, type GlobalTargetRuleRow, type StoredProgressTarget,
} from '../store/index.ts';

/** Settings keys of the national progress choices. */
export const PROGRESS_METHOD_SETTING = 'progress_method';
export const PROGRESS_BASE_YEAR_SETTING = 'progress_base_year';
/** ESCAP Anticipated Progress thresholds, stored as JSON `{"maintain":1,"reverse":0}`. */
export const PROGRESS_ESCAP_THRESHOLDS_SETTING = 'progress_escap_thresholds';
/** Defaults when the national office has chosen nothing: Open SDG's method and base year. */
export const DEFAULT_PROGRESS_METHOD: ProgressMethod = 'opensdg';
export const DEFAULT_PROGRESS_BASE_YEAR = 2015;

/** One series key with its yearly points (a year with several periods keeps the latest-starting one). */
export interface SeriesPoints {
  indicator: string;
  series: string;
  seriesName: string;
  unit: string;
  area: string;
  dimensions: Record<string, string>;
  /** Dimension key as stored (`|SEX=F|`), for grouping. */
  dimensionKey: string;
  points: YearValue[];
}

/** Everything {@link buildProgressBook} needs, read at one moment. */
export interface ProgressData {
  countryArea: string | null;
  method: ProgressMethod;
  baseYear: number;
  /** Thresholds of ESCAP Anticipated Progress; absent means ESCAP's published 1 and 0. */
  escapThresholds?: EscapAnticipatedThresholds;
  series: SeriesPoints[];
  targets: StoredProgressTarget[];
  /** Indicator id → its global rules (the indicator's, then series rules); see globalRuleFor. */
  rules: Map<string, GlobalTargetRuleRow[]>;
  /** Indicator id → its goal codes and target codes in the framework (an indicator may repeat). */
  framework: Map<string, { goals: string[]; targets: string[] }>;
}

/** The national progress choices: default method, base year, ESCAP Anticipated Progress thresholds. */
export interface ProgressSettings {
  method: ProgressMethod;
  baseYear: number;
  escapThresholds: EscapAnticipatedThresholds;
}

/**
 * The national progress settings (`progress_method`, `progress_base_year`, `progress_escap_thresholds`), each at its
 * default when not chosen or unreadable: Open SDG's method, 2015, ESCAP's 1 and 0.
 */
export async function progressSettings(db: Db): Promise<ProgressSettings> {
  const [m, y, t] = await Promise.all([
    getSetting(db, PROGRESS_METHOD_SETTING), getSetting(db, PROGRESS_BASE_YEAR_SETTING), getSetting(db, PROGRESS_ESCAP_THRESHOLDS_SETTING),
  ]);
  const method = (PROGRESS_METHODS as readonly string[]).includes(m ?? '') ? (m as ProgressMethod) : DEFAULT_PROGRESS_METHOD;
  const year = Number(y);
  return {
    method, baseYear: y !== null && Number.isInteger(year) ? year : DEFAULT_PROGRESS_BASE_YEAR, escapThresholds: readThresholds(t),
  };
}

function readThresholds(raw: string | null): EscapAnticipatedThresholds {
  try {
    const stored = raw === null ? null : JSON.parse(raw) as Partial<EscapAnticipatedThresholds>;
    if (stored && Number.isFinite(stored.maintain) && Number.isFinite(stored.reverse)) return { maintain: stored.maintain!, reverse: stored.reverse! };
  } catch {
    // a value that is not JSON counts as not chosen
  }
  return { ...ESCAP_ANTICIPATED_THRESHOLDS };
}

/** Reads the data of every indicator; `asOf` (ISO 8601 UTC) gives the data as published then. */
export async function readProgressData(db: Db, options: { asOf?: string } = {}): Promise<ProgressData> {
  const frameworkId = await activeFrameworkId(db);
  const [settings, targets, rules, listings, targetRows, countryArea, rows] = await Promise.all([
    progressSettings(db), listAllProgressTargets(db), listGlobalTargetRules(db),
    frameworkId ? listListingRows(db, frameworkId) : [], frameworkId ? listTargetRows(db, frameworkId) : [],
    getSetting(db, 'country'), observationRows(db, options.asOf),
  ]);
  const goalOfTarget = new Map(targetRows.map((t) => [t.code, t.goal_code]));
  const framework = new Map<string, { goals: string[]; targets: string[] }>();
  for (const l of listings) {
    const entry = framework.get(l.indicator_id) ?? { goals: [], targets: [] };
    const goal = goalOfTarget.get(l.target_code);
    if (goal && !entry.goals.includes(goal)) entry.goals.push(goal);
    if (!entry.targets.includes(l.target_code)) entry.targets.push(l.target_code);
    framework.set(l.indicator_id, entry);
  }
  const uniqueId = new Map(listings.map((l) => [l.code, l.indicator_id]));
  return { countryArea, ...settings, series: groupPoints(rows, (id) => uniqueId.get(id) ?? id), targets, rules, framework };
}

interface PointRow {
  indicator_id: string;
  series_code: string;
  series_name: string;
  unit: string;
  area_code: string;
  dimensions: string;
  period_start: string;
  value: number | string;
}

async function observationRows(db: Db, asOf: string | undefined): Promise<PointRow[]> {
  const from = asOf === undefined
    ? db.selectFrom('observations')
    : db.selectFrom(publishedAt(db, asOf).as('observations')) as unknown as SelectQueryBuilder<Database, 'observations', object>;
  return from
    .innerJoin('series_indicators', 'series_indicators.series_code', 'observations.series_code')
    .innerJoin('series', 'series.code', 'observations.series_code')
    .select([
      'series_indicators.indicator_id', 'observations.series_code', 'series.name as series_name', 'observations.unit',
      'observations.area_code', 'observations.dimensions', 'observations.period_start', 'observations.value',
    ])
    .orderBy('series_indicators.indicator_id').orderBy('observations.series_code').orderBy('observations.unit')
    .orderBy('observations.area_code').orderBy('observations.dimensions').orderBy('observations.period_start')
    .execute() as Promise<PointRow[]>;
}

/**
 * Rows sorted by key and period start → one SeriesPoints per key, one point per calendar year. Data stored under a
 * repeated listing's code (11.b.1 for 1.5.3) count under the unique indicator (`canonical`), once.
 */
function groupPoints(rows: PointRow[], canonical: (indicatorId: string) => string): SeriesPoints[] {
  const out: SeriesPoints[] = [];
  const seen = new Set<string>();
  let current: SeriesPoints | null = null;
  let currentKey = '';
  let skipping = false;
  for (const r of rows) {
    const indicator = canonical(r.indicator_id);
    const key = `${r.indicator_id}\u0000${r.series_code}\u0000${r.unit}\u0000${r.area_code}\u0000${r.dimensions}`;
    if (key !== currentKey || !current) {
      currentKey = key;
      const keyOfIndicator = `${indicator}\u0000${r.series_code}\u0000${r.unit}\u0000${r.area_code}\u0000${r.dimensions}`;
      skipping = seen.has(keyOfIndicator);
      seen.add(keyOfIndicator);
      current = {
        indicator, series: r.series_code, seriesName: r.series_name, unit: r.unit, area: r.area_code,
        dimensions: decodeDimensions(r.dimensions), dimensionKey: r.dimensions, points: [],
      };
      if (!skipping) out.push(current);
    }
    if (skipping) continue;
    const year = Number(r.period_start.slice(0, 4));
    const value = Number(r.value);
    if (!Number.isFinite(year) || !Number.isFinite(value)) continue;
    const last = current.points.at(-1);
    if (last && last.year === year) last.value = value;
    else current.points.push({ year, value });
  }
  return out;
}
