/**
 * The composite score and the ranking: a weighted mean of the components an organisation has, and standard
 * competition ranking (1, 2, 2, 4). Pure.
 */
import type { ComponentFigure } from './components.ts';

/** The four components, in the order the scorecard shows them. */
export type ScorecardComponent = 'completeness' | 'timeliness' | 'quality' | 'progress';
export const SCORECARD_COMPONENTS: readonly ScorecardComponent[] = ['completeness', 'timeliness', 'quality', 'progress'];

/**
 * Weights of the composite: completeness 0.35 (data for the expected period is the first duty of a lead agency),
 * timeliness 0.25, progress 0.25 (what the indicators show), quality 0.15 (warnings and returns, a weaker signal).
 */
export const SCORECARD_WEIGHTS: Readonly<Record<ScorecardComponent, number>> = Object.freeze({
  completeness: 0.35, timeliness: 0.25, quality: 0.15, progress: 0.25,
});

/** Composites closer than this are a tie (sums of the same shares in another order differ in the last bits). */
const TIE = 1e-9;

/**
 * The weighted mean of the components that are not null, the weights renormalised over them; null when all are null.
 * @example compositeOf({ completeness: { value: 0.5, … }, timeliness: null, quality: null, progress: { value: 0.7, … } })
 * // (0.35 × 0.5 + 0.25 × 0.7) / (0.35 + 0.25) = 0.35 / 0.6 = 0.58333…
 */
export function compositeOf(
  components: Readonly<Record<ScorecardComponent, ComponentFigure | null>>,
  weights: Readonly<Record<ScorecardComponent, number>> = SCORECARD_WEIGHTS,
): number | null {
  let sum = 0;
  let weight = 0;
  for (const c of SCORECARD_COMPONENTS) {
    const f = components[c];
    if (!f) continue;
    sum += weights[c] * f.value;
    weight += weights[c];
  }
  return weight === 0 ? null : sum / weight;
}

/**
 * Ranks by composite, highest first, ties sharing the rank and the next rank skipping as many places (standard
 * competition ranking); items without a composite come last, unranked (`rank: null`). Within a tie, `tieOrder` sorts.
 * @example rankByComposite([{ id: 'A', composite: 0.9 }, { id: 'B', composite: 0.7 }, { id: 'C', composite: 0.7 }, { id: 'D', composite: 0.5 }])
 * // ranks A 1, B 2, C 2, D 4
 */
export function rankByComposite<T extends { composite: number | null }>(
  items: readonly T[], tieOrder: (a: T, b: T) => number = () => 0,
): (T & { rank: number | null })[] {
  const scored = items.filter((i) => i.composite !== null)
    .sort((a, b) => (Math.abs(b.composite! - a.composite!) <= TIE ? tieOrder(a, b) : b.composite! - a.composite!));
  const out: (T & { rank: number | null })[] = [];
  scored.forEach((item, i) => {
    const previous = out[i - 1];
    const tied = previous && Math.abs(previous.composite! - item.composite!) <= TIE;
    out.push({ ...item, rank: tied ? previous.rank : i + 1 });
  });
  for (const item of items) if (item.composite === null) out.push({ ...item, rank: null });
  return out;
}
