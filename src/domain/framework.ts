/**
 * The global indicator framework, in the UN's own terms.
 * Source: United Nations, A/RES/71/313 annex, as refined by the UN Statistical Commission (2025 review).
 */

/** A version of the framework, e.g. `{ id: 'un-gif-2025', title: 'Global indicator framework after the 2025 review' }`. */
export interface FrameworkVersion {
  id: string;
  title: string;
  /** ISO date the version was adopted, e.g. `2025-03-07`. */
  adopted: string | null;
}

/** Texts of one framework entity in one language; `short` only exists for goals. */
export interface Titles {
  [lang: string]: { title: string; short?: string };
}

/** Goal "3". `colour` is the official SDG colour, e.g. `#4C9F38`. */
export interface Goal {
  code: string;
  colour: string;
  titles: Titles;
}

/** Target "3.2", under goal "3". */
export interface Target {
  code: string;
  goalCode: string;
  titles: Titles;
}

/**
 * What an indicator is to the national platform:
 * - `global`: in the UN framework;
 * - `national`: added by the country, no global counterpart;
 * - `proxy`: a national measure standing in for a global indicator.
 */
export type IndicatorKind = 'global' | 'national' | 'proxy';

/**
 * A unique indicator. `id` is the code it is first listed under (e.g. `1.5.1`); `listings` holds every code it
 * appears as (`1.5.1`, `11.5.1`, `13.1.1`) with the target of each.
 */
export interface Indicator {
  id: string;
  unsdCode: string | null;
  kind: IndicatorKind;
  listings: IndicatorListing[];
  titles: Titles;
}

/** One appearance of an indicator under a target, e.g. `{ code: '11.5.1', targetCode: '11.5' }`. */
export interface IndicatorListing {
  code: string;
  targetCode: string;
}

/** A whole framework version as the loader reads it. */
export interface Framework {
  version: FrameworkVersion;
  goals: Goal[];
  targets: Target[];
  indicators: Indicator[];
}

/** Official SDG colours, goal 1 to 17 (UN Department of Global Communications, SDG Guidelines for the use of the SDG logo, 2023). */
export const GOAL_COLOURS: readonly string[] = [
  '#E5243B', '#DDA63A', '#4C9F38', '#C5192D', '#FF3A21', '#26BDE2', '#FCC30B', '#A21942', '#FD6925',
  '#DD1367', '#FD9D24', '#BF8B2E', '#3F7E44', '#0A97D9', '#56C02B', '#00689D', '#19486A',
];
