/**
 * Values of a parent area (a division, the country) worked out from its child areas (districts), never stored:
 * counts are summed; rates and shares are averaged with the children's populations as weights. A parent gets a value
 * for a year only when every one of its children has one. Pure.
 */

/**
 * How child values make a parent value:
 * - `sum`: counts (persons, households, NUMBER) add up;
 * - `population_weighted`: rates and shares, Σ valueᵢ·populationᵢ / Σ populationᵢ, each child's population of the
 *   year nearest to the value's year.
 */
export type AggregationMethod = 'sum' | 'population_weighted';
export const AGGREGATION_METHODS = ['sum', 'population_weighted'] as const satisfies readonly AggregationMethod[];

/** One area's value in one year. */
export interface AreaYearValue {
  area: string;
  year: number;
  value: number;
}

/** A parent's value worked out from its children. */
export interface DerivedAreaValue extends AreaYearValue {
  derived: true;
  method: AggregationMethod;
}

/** What {@link deriveParentValues} needs. */
export interface AggregationInput {
  /** The children's values (other areas are ignored). */
  values: readonly AreaYearValue[];
  /** Parent code → every child code the area tree gives it (all of them must have a value). */
  childrenOf: ReadonlyMap<string, readonly string[]>;
  method: AggregationMethod;
  /** Area code → its population by year; needed for `population_weighted`. */
  population?: ReadonlyMap<string, readonly { year: number; value: number }[]>;
}

/**
 * Parent values from child values, per parent and year, in parent then year order. A parent is left out for a year
 * when a child has no value that year, or (population_weighted) a child has no population or all weights are 0.
 * @example deriveParentValues({ values: [{ area: 'BD-01', year: 2022, value: 10 }, { area: 'BD-02', year: 2022, value: 40 }],
 *   childrenOf: new Map([['BD-B', ['BD-01', 'BD-02']]]), method: 'population_weighted',
 *   population: new Map([['BD-01', [{ year: 2022, value: 300 }]], ['BD-02', [{ year: 2022, value: 100 }]]]) })
 *   // [{ area: 'BD-B', year: 2022, value: 17.5, derived: true, method: 'population_weighted' }]  (10·300 + 40·100) / 400
 */
export function deriveParentValues(input: AggregationInput): DerivedAreaValue[] {
  const byArea = new Map<string, Map<number, number>>();
  for (const v of input.values) {
    if (!Number.isFinite(v.value)) continue;
    let years = byArea.get(v.area);
    if (!years) byArea.set(v.area, (years = new Map()));
    years.set(v.year, v.value);
  }
  const out: DerivedAreaValue[] = [];
  for (const [parent, children] of input.childrenOf) {
    if (children.length === 0) continue;
    const years = new Set<number>();
    for (const child of children) for (const year of byArea.get(child)?.keys() ?? []) years.add(year);
    for (const year of [...years].sort((a, b) => a - b)) {
      const value = combine(children, year, byArea, input);
      if (value !== null) out.push({ area: parent, year, value, derived: true, method: input.method });
    }
  }
  return out;
}

/**
 * The population of the year nearest to `year` (a tie goes to the later year), or null without any.
 * @example nearestYearValue([{ year: 2011, value: 5 }, { year: 2022, value: 7 }], 2017) // 7 (5 years off, against 6)
 */
export function nearestYearValue(points: readonly { year: number; value: number }[] | undefined, year: number): number | null {
  let best: { year: number; value: number } | null = null;
  for (const p of points ?? []) {
    if (!Number.isFinite(p.value)) continue;
    const d = Math.abs(p.year - year);
    if (!best || d < Math.abs(best.year - year) || (d === Math.abs(best.year - year) && p.year > best.year)) best = p;
  }
  return best ? best.value : null;
}

/** Every child → its parent, from `childrenOf`. */
export function parentIndex(childrenOf: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [parent, children] of childrenOf) for (const c of children) out.set(c, parent);
  return out;
}

function combine(
  children: readonly string[], year: number, byArea: ReadonlyMap<string, ReadonlyMap<number, number>>, input: AggregationInput,
): number | null {
  let sum = 0;
  let weights = 0;
  for (const child of children) {
    const value = byArea.get(child)?.get(year);
    if (value === undefined) return null;
    if (input.method === 'sum') {
      sum += value;
      continue;
    }
    const weight = nearestYearValue(input.population?.get(child), year);
    if (weight === null || weight < 0) return null;
    sum += value * weight;
    weights += weight;
  }
  if (input.method === 'sum') return sum;
  return weights > 0 ? sum / weights : null;
}

/**
 * Why parent values of a selection are (or are not) worked out from their children:
 * - `sum`: a count, summed;
 * - `population_weighted`: a rate or share, weighted by the population series named beside it;
 * - `no_population`: a rate or share, but no population series is stored, so nothing is derived;
 * - `not_additive`: a ratio, average, density or growth rate, which child values do not make.
 */
export type AggregationReason = 'sum' | 'population_weighted' | 'no_population' | 'not_additive';
export const AGGREGATION_REASONS = ['sum', 'population_weighted', 'no_population', 'not_additive'] as const satisfies readonly AggregationReason[];

/** How the parents of one selection are derived: the method used (null: none derived), why, and the weights' series. */
export interface AggregationRule {
  method: AggregationMethod | null;
  reason: AggregationReason;
  /** The population series weighting rates and shares (`POP_TOTAL`), null when none is used. */
  population: string | null;
}

/**
 * The rule for a unit's method (see the unit rules of the caller) and the population series stored, if any: counts
 * are always summed; rates and shares are weighted only when a population series exists, else nothing is derived.
 * @example aggregationRule('population_weighted', null) // { method: null, reason: 'no_population', population: null }
 * @example aggregationRule('population_weighted', 'POP_TOTAL') // { method: 'population_weighted', reason: 'population_weighted', population: 'POP_TOTAL' }
 */
export function aggregationRule(method: AggregationMethod | null, populationSeries: string | null): AggregationRule {
  if (method === null) return { method: null, reason: 'not_additive', population: null };
  if (method === 'sum') return { method, reason: 'sum', population: null };
  return populationSeries === null
    ? { method: null, reason: 'no_population', population: null }
    : { method, reason: 'population_weighted', population: populationSeries };
}

/**
 * The rule in one English sentence, for an API answer.
 * @example aggregationText({ method: null, reason: 'no_population', population: null })
 * // 'Rates and shares are not derived for larger areas: no population series is stored to weight them.'
 */
export function aggregationText(rule: AggregationRule): string {
  switch (rule.reason) {
    case 'sum': return 'Values of larger areas without their own are the sums of the areas within (counts).';
    case 'population_weighted': return `Values of larger areas without their own are the means of the areas within, weighted by population (${rule.population}).`;
    case 'no_population': return 'Rates and shares are not derived for larger areas: no population series is stored to weight them.';
    case 'not_additive': return 'Values of larger areas are not derived: the unit (a ratio, average, density or growth rate) does not add up from the areas within.';
    default: throw new Error(`unknown aggregation reason: ${String(rule.reason)}`);
  }
}
