/**
 * Indicator pairs summed into goals × goals (Pradhan et al. 2017, Fig. 2): for goals i and j, the shares of
 * synergies, trade-offs and unclassified among the classified pairs that join an indicator of goal i to one of
 * goal j. A pair counts once in each cell its goals name (an indicator listed under two goals counts in both); a
 * pair within one goal counts on the diagonal. The matrix is symmetric.
 */
import { LINK_CLASSES, type LinkClass } from './classify.ts';
import type { LinkPair } from './link-pairs.ts';

/** One cell: counts per class and their shares of `pairs` (0 when the cell has no pair). */
export interface GoalCell {
  goalA: string;
  goalB: string;
  pairs: number;
  counts: Record<LinkClass, number>;
  shares: Record<LinkClass, number>;
}

/**
 * Adds pairs one at a time; `cells()` gives every goal pair with at least one classified pair, goalA ≤ goalB by
 * number. Holds goals × goals counters only.
 * @example const m = new GoalMatrix(); m.add(pair, ['3'], ['4']); m.cells()
 * // [{ goalA: '3', goalB: '4', pairs: 1, counts: { synergy: 1, … }, shares: { synergy: 1, … } }]
 */
export class GoalMatrix {
  readonly #counts = new Map<string, Record<LinkClass, number>>();

  /** Counts `pair` in every cell joining a goal of `goalsA` to one of `goalsB` (each cell once). */
  add(pair: Pick<LinkPair, 'class'>, goalsA: readonly string[], goalsB: readonly string[]): void {
    const seen = new Set<string>();
    for (const ga of goalsA) {
      for (const gb of goalsB) {
        const [x, y] = Number(ga) <= Number(gb) ? [ga, gb] : [gb, ga];
        const key = `${x}\u0000${y}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let counts = this.#counts.get(key);
        if (!counts) this.#counts.set(key, (counts = { synergy: 0, trade_off: 0, unclassified: 0 }));
        counts[pair.class]++;
      }
    }
  }

  /** The cells, ordered by goal numbers. */
  cells(): GoalCell[] {
    return [...this.#counts].map(([key, counts]) => {
      const [goalA, goalB] = key.split('\u0000') as [string, string];
      const pairs = LINK_CLASSES.reduce((sum, c) => sum + counts[c], 0);
      const shares = Object.fromEntries(LINK_CLASSES.map((c) => [c, pairs > 0 ? counts[c] / pairs : 0])) as Record<LinkClass, number>;
      return { goalA, goalB, pairs, counts: { ...counts }, shares };
    }).sort((p, q) => Number(p.goalA) - Number(q.goalA) || Number(p.goalB) - Number(q.goalB));
  }
}
