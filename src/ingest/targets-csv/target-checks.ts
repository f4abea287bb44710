/**
 * What makes a national progress target acceptable, for the admin API and the CSV import alike: its numbers (years,
 * order, direction against the baseline, natural limit) and its scope against the stored data of its indicator.
 */
import { resolveAreaCode, seriesFacets, seriesOfIndicator, type Db, type StoredProgressTarget } from '../../store/index.ts';

/** The earliest and latest year a baseline, milestone or target may have. */
export const FIRST_TARGET_YEAR = 2000;
export const LAST_TARGET_YEAR = 2100;

/** One problem of a target, named by its field as the request spells it: `target.year`, `milestones.2020`, `series`. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** A target without who stored it and when, as a request or a file row gives it. */
export type TargetFields = Omit<StoredProgressTarget, 'updatedAt' | 'updatedBy' | 'source'>;

/**
 * What is wrong with a target's numbers: every year from 2000 to 2100; the target year after the baseline year; each
 * milestone year after the baseline year and before the target year; every number finite; the target and each
 * milestone on the side of the baseline the direction asks for (not above it for `decrease`, not below it for
 * `increase`) and not beyond the natural limit (above it for `increase`, below it for `decrease`). Pure.
 * @example targetNumberProblems({ indicatorId: '3.2.1', dimensions: {}, direction: 'decrease', milestones: { 2035: 20 },
 *   baseline: { year: 2015, value: 34 }, target: { year: 2010, value: 25 } })
 * // [{ field: 'target.year', reason: 'the target year 2010 is not after the baseline year 2015' },
 * //  { field: 'milestones.2035', reason: 'the milestone year 2035 is not before the target year 2010' }]
 */
export function targetNumberProblems(t: TargetFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const yearOk = (field: string, year: number): boolean => {
    if (Number.isInteger(year) && year >= FIRST_TARGET_YEAR && year <= LAST_TARGET_YEAR) return true;
    problems.push({ field, reason: `${year} is not a year from ${FIRST_TARGET_YEAR} to ${LAST_TARGET_YEAR}` });
    return false;
  };
  const finite = (field: string, value: number): void => {
    if (!Number.isFinite(value)) problems.push({ field, reason: `${value} is not a finite number` });
  };
  const baselineYear = t.baseline && yearOk('baseline.year', t.baseline.year) ? t.baseline.year : undefined;
  if (t.baseline) finite('baseline.value', t.baseline.value);
  const targetYear = t.target && yearOk('target.year', t.target.year) ? t.target.year : undefined;
  if (t.target) finite('target.value', t.target.value);
  if (baselineYear !== undefined && targetYear !== undefined && targetYear <= baselineYear) {
    problems.push({ field: 'target.year', reason: `the target year ${targetYear} is not after the baseline year ${baselineYear}` });
  }
  for (const [key, value] of Object.entries(t.milestones)) {
    const field = `milestones.${key}`;
    const year = Number(key);
    if (!/^\d{4}$/.test(key)) problems.push({ field, reason: `"${key}" is not a year` });
    else if (yearOk(field, year)) {
      if (baselineYear !== undefined && year <= baselineYear) {
        problems.push({ field, reason: `the milestone year ${year} is not after the baseline year ${baselineYear}` });
      }
      if (targetYear !== undefined && year >= targetYear) {
        problems.push({ field, reason: `the milestone year ${year} is not before the target year ${targetYear}` });
      }
    }
    finite(field, value);
  }
  if (t.limit !== undefined) finite('limit', t.limit);
  if (t.target) problems.push(...wayProblems(t, 'target.value', 'target value', t.target.value));
  for (const [key, value] of Object.entries(t.milestones)) problems.push(...wayProblems(t, `milestones.${key}`, `${key} milestone`, value));
  return problems;
}

/** A target or milestone value against the baseline and the natural limit, as the direction reads them. */
function wayProblems(t: TargetFields, field: string, what: string, value: number): FieldProblem[] {
  if (!Number.isFinite(value)) return [];
  const problems: FieldProblem[] = [];
  const up = t.direction === 'increase';
  const base = t.baseline?.value;
  if (base !== undefined && Number.isFinite(base) && (up ? value < base : value > base)) {
    problems.push({
      field,
      reason: `the ${what} ${value} is ${up ? 'below' : 'above'} the baseline value ${base}, but the direction is ${t.direction}`,
    });
  }
  if (t.limit !== undefined && Number.isFinite(t.limit) && (up ? value > t.limit : value < t.limit)) {
    problems.push({ field, reason: `the ${what} ${value} is ${up ? 'above' : 'below'} the natural limit ${t.limit}` });
  }
  return problems;
}

/**
 * What is wrong with a target's scope in the store: a series that is not one of the indicator's, an area that is
 * not a reference area code (naming the code an alias stands for), a dimension ID or code the indicator's data (of
 * the series, when one is named) do not hold, a unit they do not hold, and no unit where those data come in several
 * units while the target gives a number (a rate target would otherwise be applied to counts).
 * @example await targetScopeProblems(db, { indicatorId: '3.2.1', dimensions: { SEX: 'Q' }, direction: 'decrease',
 *   milestones: {}, target: { year: 2030, value: 25 } })
 * // [{ field: 'unit', reason: 'indicator 3.2.1 comes in several units: choose one of NUMBER, PER_1000_LIVE_BIRTHS' },
 * //  { field: 'dimensions.SEX', reason: '"Q" is not a SEX code of the data of indicator 3.2.1 (its codes: F, M, _T)' }]
 */
export async function targetScopeProblems(db: Db, t: TargetFields): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  let seriesKnown = true;
  if (t.series !== undefined) {
    const known = (await seriesOfIndicator(db, t.indicatorId)).map((s) => s.code);
    if (!known.includes(t.series)) {
      seriesKnown = false;
      problems.push({
        field: 'series',
        reason: `"${t.series}" is not a series of indicator ${t.indicatorId} (${known.length ? `its series: ${known.join(', ')}` : 'it has no series yet'})`,
      });
    }
  }
  if (t.area !== undefined) {
    const code = await resolveAreaCode(db, t.area);
    if (code !== t.area) {
      problems.push({ field: 'area', reason: code === null ? `"${t.area}" is not a reference area` : `"${t.area}" is not an area code: use ${code}` });
    }
  }
  if (seriesKnown) problems.push(...await dataProblems(db, t));
  return problems;
}

/** The unit and dimension problems of a target against the stored data of its indicator (or of its series). */
async function dataProblems(db: Db, t: TargetFields): Promise<FieldProblem[]> {
  const facets = [...(await seriesFacets(db, t.indicatorId)).entries()].filter(([code]) => t.series === undefined || code === t.series).map(([, f]) => f);
  const of = t.series === undefined ? `indicator ${t.indicatorId}` : `series ${t.series}`;
  const problems: FieldProblem[] = [];
  const units = [...new Set(facets.flatMap((f) => f.units))].sort();
  const numbers = t.target !== undefined || t.baseline !== undefined || t.limit !== undefined || Object.keys(t.milestones).length > 0;
  if (t.unit !== undefined && units.length > 0 && !units.includes(t.unit)) {
    problems.push({ field: 'unit', reason: `"${t.unit}" is not a unit of the data of ${of} (its units: ${units.join(', ')})` });
  } else if (t.unit === undefined && numbers && units.length > 1) {
    problems.push({ field: 'unit', reason: `${of} comes in several units: choose one of ${units.join(', ')}` });
  }
  const codes = new Map<string, Set<string>>();
  for (const f of facets) for (const [id, set] of f.dimensions) codes.set(id, new Set([...(codes.get(id) ?? []), ...set]));
  for (const [id, code] of Object.entries(t.dimensions)) {
    const known = codes.get(id);
    if (known === undefined) {
      const ids = [...codes.keys()].sort();
      problems.push({ field: `dimensions.${id}`, reason: `${id} is not a dimension of the data of ${of} (${ids.length ? `its dimensions: ${ids.join(', ')}` : 'they have none'})` });
    } else if (!known.has(code)) {
      problems.push({ field: `dimensions.${id}`, reason: `"${code}" is not a ${id} code of the data of ${of} (its codes: ${[...known].sort().join(', ')})` });
    }
  }
  return problems;
}

/**
 * The file column of a field problem: `target.year` → `target_year`, `milestones.2020` → `milestone_2020`,
 * `dimensions.SEX` → `dimensions`.
 */
export function columnOf(field: string): string {
  if (field.startsWith('dimensions.')) return 'dimensions';
  return field.startsWith('milestones.') ? `milestone_${field.slice('milestones.'.length)}` : field.replace('.', '_');
}
