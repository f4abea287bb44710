import type { Observation } from '../../domain/index.ts';

/** What a row's key was met with before (see {@link DuplicateIndex.check}). */
export type KeyCheck =
  /** The first row with this key: store it. */
  | { kind: 'new' }
  /** The same observation, word for word, already read from another indicator's file: link, do not store again. */
  | { kind: 'repeat' }
  /** Same key as an earlier row of the same file, or another observation under the same key: reject. */
  | { kind: 'duplicate'; file: string; line: number; difference: Difference | null };

/** The first field in which a row differs from the earlier row with its key, with both texts. */
export interface Difference {
  /** `value`, `unit multiplier` or an attribute ID such as `COMMENT`. */
  field: string;
  there: string;
  here: string;
}

interface FirstRow {
  file: string;
  line: number;
  value: number;
  unitMult: number | null;
  attributes: Record<string, string>;
  /** The last file that repeated the row, so a second copy within that file is a duplicate of it, not a repeat. */
  lastFile: string;
  lastLine: number;
}

/**
 * Finds rows that would store the same observation twice (same series, area, period, breakdown and unit), so the
 * later row is not stored instead of failing the database's unique key.
 * - Keys of series coded from the indicator (see series-codes.ts) can only repeat inside one file and are forgotten at
 *   the end of it, so memory follows the largest file, not the repository. A repeat is a `duplicate`.
 * - Keys of SDMX-coded series, which several indicator files may share, are kept for the whole run with the first
 *   row's value, unit multiplier and attributes. An identical row in another indicator's file is a `repeat` (Open SDG
 *   writes a series into the file of every indicator it serves); one that differs, or a second copy in one file, is a
 *   `duplicate` naming the first difference.
 */
export class DuplicateIndex {
  private readonly inFile = new Map<string, number>();
  private readonly shared = new Map<string, FirstRow>();

  /** How the row at `file:line` with this key and observation stands against the rows read before; records it when new. */
  check(key: string, file: string, line: number, sharedSeries: boolean, observation: Observation): KeyCheck {
    if (!sharedSeries) {
      const earlier = this.inFile.get(key);
      if (earlier !== undefined) return { kind: 'duplicate', file, line: earlier, difference: null };
      this.inFile.set(key, line);
      return { kind: 'new' };
    }
    const first = this.shared.get(key);
    if (!first) {
      const { value, unitMult, attributes } = observation;
      this.shared.set(key, { file, line, value, unitMult, attributes, lastFile: file, lastLine: line });
      return { kind: 'new' };
    }
    const difference = differenceOf(first, observation);
    if (first.lastFile === file) return { kind: 'duplicate', file, line: first.lastLine, difference };
    if (difference) return { kind: 'duplicate', file: first.file, line: first.line, difference };
    first.lastFile = file;
    first.lastLine = line;
    return { kind: 'repeat' };
  }

  /** Forgets the keys of the file just read. */
  endFile(): void {
    this.inFile.clear();
  }
}

function differenceOf(first: FirstRow, o: Observation): Difference | null {
  if (first.value !== o.value) return { field: 'value', there: String(first.value), here: String(o.value) };
  if (first.unitMult !== o.unitMult) return { field: 'unit multiplier', there: String(first.unitMult ?? ''), here: String(o.unitMult ?? '') };
  const ids = [...new Set([...Object.keys(first.attributes), ...Object.keys(o.attributes)])].sort();
  for (const id of ids) {
    const there = first.attributes[id] ?? '';
    const here = o.attributes[id] ?? '';
    if (there !== here) return { field: id, there, here };
  }
  return null;
}
