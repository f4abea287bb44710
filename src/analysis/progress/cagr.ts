/**
 * Compound annual growth rate, shared by the progress methods.
 *
 * CAGR = (y_t / y_0)^(1 / (t − t_0)) − 1
 *
 * Source: Eurostat, "SDG indicators: monitoring progress" (growth rates), as used by Open SDG 2.4
 * (sdg-build `growth_calculation`) and the UNSD Progress Chart technical note.
 */

/**
 * The yearly rate that takes `from` in `fromYear` to `to` in `toYear`, as a fraction (0.02 = 2 % a year).
 * Callers check the edge cases first: equal years divide by zero, and values of opposite signs or a zero `from`
 * give NaN or ±Infinity.
 * @example cagr(14.5, 2015, 10.2, 2023) // (10.2 / 14.5)^(1/8) − 1 ≈ −0.04302
 */
export function cagr(from: number, fromYear: number, to: number, toYear: number): number {
  return (to / from) ** (1 / (toYear - fromYear)) - 1;
}
