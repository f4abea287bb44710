import type { Observation } from '../api/types.ts';

/** The explicit code for "all categories" of a dimension (SDMX `_T`). A dimension missing from an observation is total. */
export const TOTAL = '_T';

/** The code of `dimension` in `observation`, `_T` when the observation does not mention the dimension. */
export function codeOf(observation: Observation, dimension: string): string {
  return observation.dimensions[dimension] ?? TOTAL;
}

/**
 * Which disaggregation dimension is the child of which, derived from the observations of one series as Open SDG
 * derives it from which columns are filled together ("edges" between disaggregation columns in sdg-build).
 *
 * Dimension B is a child of dimension A when B is broken down (non-total) only in observations where A is broken
 * down too, and not the other way round: the observations with B non-total are a strict subset of those with A
 * non-total. A child's selector is only shown once its parent is set, because the data hold no breakdown by B
 * alone. When several dimensions qualify as parent, the nearest one (fewest non-total observations) is taken, so
 * the result is a tree. Dimensions that never take the total code (always broken down, e.g. AGE = `Y0T4` on every
 * under-five mortality observation) are neither parents nor children.
 *
 * @example
 * // totals, by division, and by division × district; never by district alone
 * dimensionParents(observations, ['DIVISION', 'DISTRICT']) // Map { 'DIVISION' => null, 'DISTRICT' => 'DIVISION' }
 */
export function dimensionParents(observations: readonly Observation[], dimensions: readonly string[]): Map<string, string | null> {
  const brokenDown = new Map<string, Set<number>>();
  const hasTotal = new Set<string>();
  for (const dimension of dimensions) {
    const rows = new Set<number>();
    observations.forEach((observation, row) => {
      if (codeOf(observation, dimension) === TOTAL) hasTotal.add(dimension);
      else rows.add(row);
    });
    brokenDown.set(dimension, rows);
  }

  const parents = new Map<string, string | null>();
  for (const child of dimensions) {
    const childRows = brokenDown.get(child)!;
    let parent: string | null = null;
    if (hasTotal.has(child) && childRows.size > 0) {
      for (const candidate of dimensions) {
        if (candidate === child || !hasTotal.has(candidate)) continue;
        const candidateRows = brokenDown.get(candidate)!;
        if (candidateRows.size <= childRows.size || !isSubset(childRows, candidateRows)) continue;
        if (parent === null || candidateRows.size < brokenDown.get(parent)!.size) parent = candidate;
      }
    }
    parents.set(child, parent);
  }
  return parents;
}

/**
 * The dimensions in `order` with every parent before its children (a stable depth-first walk of the tree), so
 * selectors read top-down as in Open SDG.
 * @example orderByTree(['DISTRICT', 'SEX', 'DIVISION'], parents) // ['SEX', 'DIVISION', 'DISTRICT'] when DIVISION parents DISTRICT
 */
export function orderByTree(order: readonly string[], parents: ReadonlyMap<string, string | null>): string[] {
  const result: string[] = [];
  const visit = (dimension: string): void => {
    result.push(dimension);
    for (const child of order) if (parents.get(child) === dimension) visit(child);
  };
  for (const dimension of order) if (!parents.get(dimension)) visit(dimension);
  return result;
}

function isSubset(small: ReadonlySet<number>, large: ReadonlySet<number>): boolean {
  for (const value of small) if (!large.has(value)) return false;
  return true;
}
