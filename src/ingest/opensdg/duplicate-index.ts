/**
 * Finds rows that would store the same observation twice (same series, area, period, breakdown and unit), so the
 * later row is rejected naming the first one's line instead of failing the database's unique key.
 * Keys of series coded from the indicator (see series-codes.ts) can only repeat inside one file and are forgotten at
 * the end of it, so memory follows the largest file, not the repository; keys of SDMX-coded series, which several
 * indicator files may share, are kept for the whole run.
 */
export class DuplicateIndex {
  private readonly inFile = new Map<string, number>();
  private readonly shared = new Map<string, { file: string; line: number }>();

  /** The line of an earlier row with this key (with its file when that is another one), or null after recording it. */
  firstSeen(key: string, file: string, line: number, sharedSeries: boolean): { file: string; line: number } | null {
    if (sharedSeries) {
      const earlier = this.shared.get(key);
      if (earlier) return earlier;
      this.shared.set(key, { file, line });
      return null;
    }
    const earlier = this.inFile.get(key);
    if (earlier !== undefined) return { file, line: earlier };
    this.inFile.set(key, line);
    return null;
  }

  /** Forgets the keys of the file just read. */
  endFile(): void {
    this.inFile.clear();
  }
}
