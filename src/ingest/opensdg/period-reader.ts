import type { TimePeriod } from '../../domain/index.ts';
import { parseTimePeriod, splitPeriodNote } from '../time-period.ts';

/** Reads Year cells once per distinct text for the whole import. */
export class PeriodReader {
  private readonly cache = new Map<string, { period: TimePeriod; note: string | null } | null>();

  /** The period of a Year cell and its note, or null when it is not a period. */
  read(text: string): { period: TimePeriod; note: string | null } | null {
    let entry = this.cache.get(text);
    if (entry === undefined) {
      try {
        entry = { period: parseTimePeriod(text), note: splitPeriodNote(text).note };
      } catch {
        entry = null;
      }
      this.cache.set(text, entry);
    }
    return entry;
  }
}
