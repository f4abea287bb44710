/**
 * Aggregation of progress results: series → indicator, then indicators → target, goal, responsible organisation or
 * the whole country, for each method, with the counts and shares of indicators per class a dashboard draws.
 *
 * Rules, by method:
 * - `opensdg`: mean score (Open SDG 2.4 docs/progress-methodology.md and sdg-build `IndicatorProgress`: an indicator
 *   is the mean of its series' scores, classed by score; `target_achieved` when every scored member has met its
 *   target), reused from {@link aggregateOpenSdg}; the same mean is applied to indicators for a target, goal or
 *   organisation.
 * - `escap-csi`: mean index, and the class read from it. ESCAP, "Asia and the Pacific SDG Progress Report", annex
 *   "Technical notes" (data.unescap.org/dataviz/methodology/technical-notes.html), "Measures for tracking progress":
 *   both indices "are constructed at the level of sub-indicator (a series, disaggregation, or subcomponent of an
 *   indicator) and can be aggregated at indicator, target and goal levels"; section "Current Status Index", step 2:
 *   the step-1 metrics "are combined into one index that indicates the 'average progress made'". So a group's
 *   `score` (an indicator's `index`) is the mean of its members' indexes ({@link escapGoalScore}) and its class
 *   compares that mean with the mean share of time passed (`expected`): 1 → target achieved (every member met it),
 *   at least `expected` → on the expected path, 0 or more → behind, below 0 → regressing. A member without an index
 *   (moved back past a target it had met) is counted but adds no index and keeps the group from "target achieved";
 *   members without `expected` leave the median class in place.
 * - `escap-ap`: the median class. The same ESCAP notes let the Anticipated Progress Index be aggregated but name no
 *   operation for it, so the rule is ours.
 * - `unsd`, `eurostat` (class-based): the median class (classes ranked best to worst, an even count takes the worse
 *   of the two middle classes, so a group never looks better than half its members), beside the share of indicators
 *   in each class. UNSD classes each indicator or target (Progress Chart 2022 technical note, section III "Detailed
 *   Methodologies", one per indicator) and reports groups as shares ("only seventeen per cent of SDGs targets are on
 *   track to be achieved", Secretary-General's progress report A/79/79, 2024), with no single class for a goal; no
 *   Eurostat goal rule is cited. The median is ours; dashboards should lead with the shares.
 * Target, goal and organisation summaries are taken over their indicators directly (not through targets), so each
 * indicator counts once in each group it belongs to; `not_available` indicators are counted but not in the shares.
 */
import { escapGoalScore } from './escap.ts';
import type { ProgressMethod } from './index.ts';
import { aggregateOpenSdg } from './open-sdg.ts';
import type { ProgressResult } from './types.ts';

/** Each method's classes from best to worst (`not_available` is outside the ranking). */
export const CLASS_ORDER: Readonly<Record<ProgressMethod, readonly string[]>> = Object.freeze({
  opensdg: ['target_achieved', 'substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration'],
  unsd: ['on_track', 'fair_progress', 'limited_progress', 'deterioration'],
  eurostat: ['significant_progress', 'moderate_progress', 'insufficient_progress', 'moderate_movement_away',
    'movement_away', 'significant_movement_away'],
  'escap-csi': ['target_achieved', 'on_expected_path', 'behind_expected_path', 'regressing'],
  'escap-ap': ['target_achieved', 'maintain_progress', 'accelerate_progress', 'reverse_trend'],
});

/** Each method's classes that mean "off track" (needs acceleration or going backwards). */
export const OFF_TRACK: Readonly<Record<ProgressMethod, readonly string[]>> = Object.freeze({
  opensdg: ['moderate_progress', 'limited_progress', 'deterioration'],
  unsd: ['fair_progress', 'limited_progress', 'deterioration'],
  eurostat: ['insufficient_progress', 'moderate_movement_away', 'movement_away', 'significant_movement_away'],
  'escap-csi': ['behind_expected_path', 'regressing'],
  'escap-ap': ['accelerate_progress', 'reverse_trend'],
});

/**
 * A series or indicator result as any method gives it: `index` and `expected` (share of time passed) from ESCAP's
 * Current Status, `targetAchieved` from Open SDG.
 */
export interface AssessedResult extends ProgressResult {
  index?: number;
  expected?: number;
  targetAchieved?: boolean;
}

/** An indicator's result, named by its code. @example { indicator: '1.1.1', status: 'on_track' } */
export interface IndicatorAssessment extends AssessedResult {
  indicator: string;
}

/**
 * A group of indicators (target, goal, organisation, country): `total` indicators, `assessed` of them with a class;
 * `counts` per class (`not_available` included); `shares` per class over the assessed (0…1, summing to 1);
 * `status`: the group's class by the method's rule; `score`: mean Open SDG score or mean ESCAP index; `expected`:
 * ESCAP Current Status, the mean share of time passed that `score` is compared with.
 */
export interface GroupSummary {
  total: number;
  assessed: number;
  counts: Record<string, number>;
  shares: Record<string, number>;
  status: string;
  score?: number;
  expected?: number;
}

/**
 * An indicator's result from its series' results by the method's rule.
 * @throws Error naming the value when a status is not one of the method's classes.
 * @example indicatorFromSeries('unsd', [{ status: 'on_track' }, { status: 'deterioration' }, { status: 'fair_progress' }])
 * // ranks 0, 3, 1 → sorted 0, 1, 3 → median fair_progress: { status: 'fair_progress' }
 */
export function indicatorFromSeries(method: ProgressMethod, series: readonly AssessedResult[]): AssessedResult {
  if (method === 'opensdg') return aggregateOpenSdg(series.map(openSdgMember));
  const status = medianClass(method, series.map((s) => s.status));
  if (status === null) return { status: 'not_available', reason: 'no series has a class' };
  if (method !== 'escap-csi') return { status };
  const { score, expected, status: byIndex } = currentStatusOf(series, status);
  return { status: byIndex, ...(score === null ? {} : { index: score }), ...(expected === null ? {} : { expected }) };
}

/**
 * Summary of a group of indicators: counts, shares, the group's class and score.
 * @example summarise('unsd', [{ indicator: '1.1.1', status: 'on_track' }, { indicator: '1.2.1', status: 'not_available' }])
 * // { total: 2, assessed: 1, counts: { on_track: 1, not_available: 1 }, shares: { on_track: 1 }, status: 'on_track' }
 */
export function summarise(method: ProgressMethod, indicators: readonly AssessedResult[]): GroupSummary {
  const counts: Record<string, number> = {};
  for (const i of indicators) counts[i.status] = (counts[i.status] ?? 0) + 1;
  const assessed = indicators.length - (counts.not_available ?? 0);
  const shares: Record<string, number> = {};
  for (const c of CLASS_ORDER[method]) if (counts[c]) shares[c] = (counts[c] as number) / assessed;
  const base = { total: indicators.length, assessed, counts, shares };
  if (method === 'opensdg') {
    const r = aggregateOpenSdg(indicators.map(openSdgMember));
    return { ...base, status: r.status, ...(r.score === undefined ? {} : { score: r.score }) };
  }
  const status = medianClass(method, indicators.map((i) => i.status)) ?? 'not_available';
  if (method !== 'escap-csi' || status === 'not_available') return { ...base, status };
  const { score, expected, status: byIndex } = currentStatusOf(indicators, status);
  return { ...base, status: byIndex, ...(score === null ? {} : { score }), ...(expected === null ? {} : { expected }) };
}

/**
 * Summaries per group, for groups given by `groupsOf` (an indicator may sit in several groups, e.g. several
 * organisations or a repeated listing); groups in order of first appearance.
 * @example summariseBy('unsd', indicators, goalOf) // { '1': GroupSummary, '3': GroupSummary, … }
 */
export function summariseBy(
  method: ProgressMethod,
  indicators: readonly IndicatorAssessment[],
  groupsOf: (indicator: string) => readonly string[],
): Record<string, GroupSummary> {
  const members = new Map<string, IndicatorAssessment[]>();
  for (const i of indicators) {
    for (const g of new Set(groupsOf(i.indicator))) members.set(g, [...(members.get(g) ?? []), i]);
  }
  return Object.fromEntries([...members].map(([g, list]) => [g, summarise(method, list)]));
}

/** Goal of an indicator code. @example goalOf('3.8.1') // ['3'] */
export const goalOf = (indicator: string): string[] => [indicator.split('.')[0] as string];

/** Target of an indicator code. @example targetOf('3.8.1') // ['3.8'] */
export const targetOf = (indicator: string): string[] => [indicator.split('.').slice(0, 2).join('.')];

/**
 * Summaries per responsible organisation: `organisations` maps an indicator code to the ids of the organisations
 * responsible for it; indicators without one are left out.
 * @example summariseByOrganisation('unsd', indicators, { '1.1.1': ['bbs'], '3.1.1': ['bbs', 'dghs'] })
 */
export function summariseByOrganisation(
  method: ProgressMethod,
  indicators: readonly IndicatorAssessment[],
  organisations: Readonly<Record<string, readonly string[]>>,
): Record<string, GroupSummary> {
  return summariseBy(method, indicators, (i) => organisations[i] ?? []);
}

/**
 * The national snapshot a dashboard draws (goals × status): a summary per goal and one for the whole country.
 * @example snapshot('unsd', indicators).goals['1'].shares.on_track // share of goal 1's assessed indicators on track
 */
export function snapshot(
  method: ProgressMethod,
  indicators: readonly IndicatorAssessment[],
): { national: GroupSummary; goals: Record<string, GroupSummary> } {
  return { national: summarise(method, indicators), goals: summariseBy(method, indicators, goalOf) };
}

/** Median class of the ranked statuses (ties to the worse), or null when none has a class. */
function medianClass(method: ProgressMethod, statuses: readonly string[]): string | null {
  const order = CLASS_ORDER[method];
  const ranks = statuses.filter((s) => s !== 'not_available').map((s) => {
    const rank = order.indexOf(s);
    if (rank < 0) throw new Error(`unknown ${method} class "${s}" (expected one of ${order.join(', ')}, not_available)`);
    return rank;
  }).toSorted((a, b) => a - b);
  return ranks.length === 0 ? null : (order[ranks[Math.floor(ranks.length / 2)] as number] as string);
}

/**
 * ESCAP Current Status of a group: the mean index, the mean expected share, and the class the mean index earns
 * against it (`median`, the median class, when no member has both figures).
 */
function currentStatusOf(
  members: readonly AssessedResult[], median: string,
): { score: number | null; expected: number | null; status: string } {
  const score = escapGoalScore(members.flatMap((m) => (m.index === undefined ? [] : [m.index])));
  const expected = mean(members.flatMap((m) => (m.expected === undefined ? [] : [m.expected])));
  if (score === null || expected === null) return { score, expected, status: median };
  const allIndexed = members.every((m) => m.status === 'not_available' || m.index !== undefined);
  const status = score >= 1 && allIndexed ? 'target_achieved' : score < 0 ? 'regressing'
    : score >= expected ? 'on_expected_path' : 'behind_expected_path';
  return { score, expected, status };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

function openSdgMember(r: AssessedResult): { score?: number; targetAchieved: boolean } {
  const targetAchieved = r.targetAchieved ?? r.status === 'target_achieved';
  return r.score === undefined ? { targetAchieved } : { score: r.score, targetAchieved };
}
