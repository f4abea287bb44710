/**
 * Pockets: areas left behind. An area is a pocket when its value is behind the national value of the same year in the
 * desired direction (`behind_national`: below it where the aim is to increase, above it where it is to decrease), or
 * when its progress is off track while the nation's is on track (`off_track_nation_on_track`). Pure.
 */

/** Why an area is a pocket. */
export type PocketReason = 'behind_national' | 'off_track_nation_on_track';

/** What {@link pocketReasons} weighs for one area. */
export interface PocketInput {
  value: number;
  /** The national value of the same year, or null when there is none. */
  national: number | null;
  direction: 'increase' | 'decrease' | null;
  /** The area's and the nation's progress class by the method (e.g. `deterioration`), or null when not assessed. */
  status: string | null;
  nationalStatus: string | null;
  /** The method's off-track classes (OFF_TRACK[method]). */
  offTrack: readonly string[];
}

/**
 * The reasons an area is a pocket, empty when it is none. Equal to the national value is not behind; without a
 * direction only the progress rule applies; a nation whose status is null or `not_available` is not on track.
 * @example pocketReasons({ value: 60, national: 70, direction: 'increase', status: null, nationalStatus: null, offTrack: [] })
 *   // ['behind_national']
 */
export function pocketReasons(input: PocketInput): PocketReason[] {
  const reasons: PocketReason[] = [];
  if (input.national !== null && input.direction !== null) {
    const behind = input.direction === 'increase' ? input.value < input.national : input.value > input.national;
    if (behind) reasons.push('behind_national');
  }
  const nationOnTrack = input.nationalStatus !== null && input.nationalStatus !== 'not_available'
    && !input.offTrack.includes(input.nationalStatus);
  if (nationOnTrack && input.status !== null && input.offTrack.includes(input.status)) reasons.push('off_track_nation_on_track');
  return reasons;
}
