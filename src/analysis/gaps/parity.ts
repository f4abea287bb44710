/**
 * Parity ratios. The ratio of group a to group b is the parity index of the UNESCO convention (Gender Parity Index =
 * female value / male value; rural / urban; poorest / richest). The adjusted parity index keeps it symmetric around
 * parity: a / b when a ≤ b, else 2 − b / a, so it lies in 0…2 and a disadvantage of either group weighs alike.
 * Source: UNESCO Institute for Statistics, "Handbook on Measuring Equity in Education" (2018), ch. 3 "Parity
 * indices", and UIS, "Gender parity index (GPI)" glossary (adjusted GPI).
 */

/**
 * a / b. Null when b is 0 (zero denominator: no ratio) or a value is negative (a ratio of signed values says
 * nothing of parity). 0 / x is 0.
 * @example ratioOf(45, 50) // 0.9
 * @example ratioOf(3, 0) // null
 */
export function ratioOf(a: number, b: number): number | null {
  if (b === 0 || a < 0 || b < 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return a / b;
}

/**
 * The UNESCO adjusted parity index: a / b when a ≤ b, else 2 − b / a; null where {@link ratioOf} is.
 * @example adjustedParityIndex(45, 50) // 0.9
 * @example adjustedParityIndex(50, 40) // 2 − 40/50 = 1.2
 */
export function adjustedParityIndex(a: number, b: number): number | null {
  const r = ratioOf(a, b);
  if (r === null) return null;
  return r <= 1 ? r : 2 - b / a;
}

/**
 * How far a pair stands from parity: |1 − adjusted parity index| (0 at parity, up to 1); null where the index is.
 * Ranks the largest gaps across indicators of different units.
 * @example parityDistance(45, 50) // 0.1
 */
export function parityDistance(a: number, b: number): number | null {
  const p = adjustedParityIndex(a, b);
  return p === null ? null : Math.abs(1 - p);
}
