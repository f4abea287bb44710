/**
 * What an import could not take, and why. Every importer gathers these into one {@link ImportReport} and writes
 * all or nothing; the CLI prints it and `--json` emits it as one object.
 */
export interface Reject {
  /** Path as given by the user or relative to the imported folder, e.g. `data/indicator_1-1-1.csv`. */
  file: string;
  /** 1-based line in the file; 0 when the problem is the whole file. */
  line: number;
  /** Column name as in the file's header, or '' when not about one column. */
  column: string;
  /** Why, naming the offending value, e.g. `"2019 Q5" is not a time period`. */
  reason: string;
}

/**
 * Summary of one import run. `rowsRead = rowsStored + rowsRejected` for data rows, plus `rowsRepeated` for an importer
 * that gives it.
 */
export interface ImportReport {
  rowsRead: number;
  rowsStored: number;
  rowsRejected: number;
  /**
   * Rows that repeat, value for value, an observation already read for another indicator: linked to that indicator,
   * not stored twice. Only the Open SDG import gives it (a series serving several indicators is in each one's file).
   */
  rowsRepeated?: number;
  rejects: Reject[];
}

/** An empty report to fill in. */
export function emptyReport(): ImportReport {
  return { rowsRead: 0, rowsStored: 0, rowsRejected: 0, rejects: [] };
}

/** Thrown by an importer when a file cannot be imported at all (missing folder, unreadable file). */
export class ImportError extends Error {
  readonly code = 'IMPORT_FAILED';
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
  }
}
