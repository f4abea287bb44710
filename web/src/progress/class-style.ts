import { CLASS_ORDER, OFF_TRACK } from '../../../src/analysis/progress/aggregation.ts';

/**
 * How a progress class looks wherever the site shows one (indicator pages, dashboards): a fill colour, the text colour
 * that reads on it, and an icon, so a class is never told by colour alone (the class name in words goes beside it).
 *
 * Colours come from one diverging blue → orange scale, which stays distinguishable with the common colour-vision
 * deficiencies (the ColorBrewer "PuOr"/"RdBu" family: blue and orange, never red against green). A method's classes
 * take it in their order of {@link CLASS_ORDER}, best first: the classes on track take the blues (darkest first), the
 * classes off track (see `OFF_TRACK`) spread over the oranges to the darkest for the worst, so "off track" is orange in
 * every method, whether it has 4 classes or 6. `not_available` is grey.
 */

/** Seven steps, best → worst: three blues (on track), four oranges (off track). */
export const CLASS_SCALE = ['#1d4f91', '#2c6aa8', '#a6cbe8', '#fdd0a2', '#f4a05a', '#d9661f', '#8c2d04'] as const;
/** Text on each step, at least 4.5:1 (WCAG AA): white on the dark ends, near-black on the rest. */
const SCALE_TEXT = ['#ffffff', '#ffffff', '#1a1a1a', '#1a1a1a', '#1a1a1a', '#1a1a1a', '#ffffff'] as const;
/** First orange step. */
const OFF_TRACK_FROM = 3;

/** The grey of `not_available` (and of a class no method knows). */
export const NOT_AVAILABLE_COLOUR = '#d0d0d0';

/**
 * Icon of a class: `achieved` (a tick: the target is met), `up` (on track), `slow` (a flat arrow: off track yet moving
 * toward the target), `down` (moving away from it), `unknown` (a dash), drawn by {@link CLASS_ICON_PATHS} on a 16 × 16 box.
 */
export type ClassIcon = 'achieved' | 'up' | 'slow' | 'down' | 'unknown';

/** SVG path data of each icon (16 × 16 view box, stroked, no fill). */
export const CLASS_ICON_PATHS: Readonly<Record<ClassIcon, string>> = {
  achieved: 'M3 8.5 L6.5 12 L13 4.5',
  up: 'M3 12 L12 4 M6 4 H12 V10',
  slow: 'M2.5 8 H13 M9.5 4.5 L13 8 L9.5 11.5',
  down: 'M3 4 L12 12 M12 6 V12 H6',
  unknown: 'M4 8 H12',
};

/** What {@link classStyle} answers: `rank` 0 = best (null for `not_available`), colours and icon. */
export interface ClassStyle {
  rank: number | null;
  /** Classes of the method, for a legend, e.g. 5 for Open SDG. */
  of: number;
  colour: string;
  text: string;
  icon: ClassIcon;
}

/**
 * The style of one method's class.
 * @example classStyle('opensdg', 'target_achieved') // { rank: 0, of: 5, colour: '#1d4f91', text: '#ffffff', icon: 'achieved' }
 * classStyle('opensdg', 'moderate_progress') // first of 3 off-track classes → step 3: { rank: 2, colour: '#fdd0a2', icon: 'slow', … }
 * classStyle('unsd', 'deterioration') // last of 3 off-track classes → step 6: { rank: 3, of: 4, colour: '#8c2d04', text: '#ffffff', icon: 'down' }
 * classStyle('unsd', 'not_available') // { rank: null, of: 4, colour: '#d0d0d0', text: '#1a1a1a', icon: 'unknown' }
 */
export function classStyle(method: string, status: string): ClassStyle {
  const order = (CLASS_ORDER as Readonly<Record<string, readonly string[]>>)[method] ?? [];
  const rank = order.indexOf(status);
  if (rank < 0) return { rank: null, of: order.length, colour: NOT_AVAILABLE_COLOUR, text: '#1a1a1a', icon: 'unknown' };
  const offTrack = offTrackOf(method);
  const onTrackCount = order.filter((c) => !offTrack.includes(c)).length;
  const step = scaleStep(rank, onTrackCount, order.length - onTrackCount);
  return { rank, of: order.length, colour: CLASS_SCALE[step]!, text: SCALE_TEXT[step]!, icon: iconOf(offTrack, status) };
}

/**
 * The scale step of the class of rank `rank` when the first `onTrack` classes are on track and the next `offTrack`
 * are not: on-track classes take the blues in turn (0, 1, 2), off-track ones spread evenly over the oranges (3 … 6).
 * @example scaleStep(2, 2, 3) // first off-track of 3 → 3
 * scaleStep(3, 2, 3) // 3 + round(1 × 3 / 2) = 3 + 2 → 5
 */
export function scaleStep(rank: number, onTrack: number, offTrack: number): number {
  if (rank < onTrack) return Math.min(rank, OFF_TRACK_FROM - 1);
  const i = rank - onTrack;
  const last = CLASS_SCALE.length - 1;
  if (offTrack <= 1) return last;
  return OFF_TRACK_FROM + Math.round((i * (last - OFF_TRACK_FROM)) / (offTrack - 1));
}

function offTrackOf(method: string): readonly string[] {
  return (OFF_TRACK as Readonly<Record<string, readonly string[]>>)[method] ?? [];
}

/** Classes that say the value moves away from the target, in every method's words. */
const AWAY = /deterioration|movement_away|regressing|reverse_trend/;

function iconOf(offTrack: readonly string[], status: string): ClassIcon {
  if (status === 'target_achieved') return 'achieved';
  if (AWAY.test(status)) return 'down';
  return offTrack.includes(status) ? 'slow' : 'up';
}
