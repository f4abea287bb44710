import type { Observation, Series, SeriesRelation } from '../../domain/index.ts';
import { encodeDimensions } from '../../store/index.ts';
import { emptyReport, type ImportReport } from '../reject-report.ts';
import { SDMX_DIMENSION_NAMES } from '../sdmx-dimensions.ts';

/** Observations handed to {@link ReadOptions.onBatch} at a time: big enough to amortise an insert, small enough to keep memory flat. */
export const BATCH_SIZE = 2000;

/** What every reader of this family (tidy CSV, UN SDG Database extract) is given besides its file. */
export interface ReadOptions {
  /** The stored area code for the file's area text (`BD-13`, `50`, `BGD`), or null when unknown (the row is rejected). */
  resolveArea: (text: string) => string | null;
  /** Receives mapped observations in file order, at most {@link BATCH_SIZE} at a time; awaited before reading on. */
  onBatch: (observations: Observation[]) => Promise<void>;
  /** The file as rejects name it (e.g. relative to the bundle folder); default the path given. */
  displayName?: string;
}

/** A breakdown dimension met in the data, for `upsertDimensions`. */
export interface DimensionDeclaration {
  id: string;
  name: string;
  isSdmx: boolean;
}

/** What a reader returns once the file is read: every series met (with indicator links), dimensions, the report. */
export interface ReadResult {
  series: Series[];
  dimensions: DimensionDeclaration[];
  report: ImportReport;
}

/**
 * Gathers a reader's output: counts rows, rejects rows that repeat an earlier observation (same series, area,
 * period, breakdown and unit, which the store's unique key would refuse), hands observations on in batches and
 * collects the series and dimensions they use. One collector per file.
 */
export class ObservationCollector {
  readonly report: ImportReport = emptyReport();
  private readonly seen = new Map<string, number>();
  private readonly series = new Map<string, Series>();
  private readonly dimensionIds = new Set<string>();
  private batch: Observation[] = [];

  constructor(private readonly file: string, private readonly onBatch: ReadOptions['onBatch']) {}

  /** Counts one data row read. */
  read(): void {
    this.report.rowsRead++;
  }

  /** Rejects the current row. */
  reject(line: number, column: string, reason: string): void {
    this.report.rowsRejected++;
    this.report.rejects.push({ file: this.file, line, column, reason });
  }

  /** Declares a series; indicator links of several declarations are merged (first name and unit win). */
  declareSeries(code: string, name: string, unit: string | null, links: { indicatorId: string; relation: SeriesRelation }[]): void {
    const known = this.series.get(code);
    if (!known) {
      this.series.set(code, { code, name, unit, indicators: [...links] });
      return;
    }
    for (const link of links) {
      if (!known.indicators.some((l) => l.indicatorId === link.indicatorId)) known.indicators.push(link);
    }
  }

  /** Keeps an observation, or rejects it as a repeat of the line that first had its key. */
  async add(line: number, observation: Observation): Promise<void> {
    const key = [observation.series, observation.area, observation.period.label, encodeDimensions(observation.dimensions), observation.unit].join('\u0000');
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      this.reject(line, '', `repeats the observation of line ${earlier} (same series, area, period, breakdown and unit)`);
      return;
    }
    this.seen.set(key, line);
    for (const id of Object.keys(observation.dimensions)) this.dimensionIds.add(id);
    this.report.rowsStored++;
    this.batch.push(observation);
    if (this.batch.length >= BATCH_SIZE) await this.flush();
  }

  /** Hands on the last batch and returns what was read. */
  async finish(): Promise<ReadResult> {
    await this.flush();
    const dimensions = [...this.dimensionIds].sort().map((id) => {
      const sdmxName = (SDMX_DIMENSION_NAMES as Record<string, string>)[id];
      return { id, name: sdmxName ?? humanise(id), isSdmx: sdmxName !== undefined };
    });
    return { series: [...this.series.values()], dimensions, report: this.report };
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    await this.onBatch(batch);
  }
}

/** `type_of_skill` → `Type of skill`; names already in words are kept. */
function humanise(id: string): string {
  if (!/^[a-z0-9_]+$/.test(id)) return id;
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
