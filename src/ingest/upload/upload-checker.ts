import { TOTAL, type Observation } from '../../domain/index.ts';
import { type CodeBook, type CodeProblem, checkObservationCodes, periodKindProblem, singleUnit } from '../observation-codes/index.ts';
import { matchKey } from './match-key.ts';
import { type UploadContext, uploadCodeBook } from './upload-context.ts';
import type { CellProblem, ReadRow, UploadColumns, UploadedObservation, UploadIssue } from './upload-row.ts';

/** Dimensions that describe the data flow rather than a breakdown: kept only when the series uses them. */
const FLOW_DIMENSIONS = new Set(['FREQ', 'REPORTING_TYPE']);
/** Problems listed one by one; past this many, one last problem says how many more there are (memory stays bounded). */
export const MAX_LISTED_PROBLEMS = 10_000;

/**
 * Holds each row a reader mapped against the indicator and gathers every problem, each with file, sheet, row, column
 * and reason:
 * - `other series`: the series belongs to another indicator, or to none; a file without a series column is for the
 *   indicator's only series (a file-level problem when it has several);
 * - `unknown area`: the area is no stored reference area under any of its codes;
 * - the codes, unit, unit multiplier and attributes, by checkObservationCodes against the indicator's code book
 *   (`unknown dimension`, `unknown code`, `unknown unit`, `blank unit`, `not a unit multiplier`, `unknown attribute`);
 *   a blank unit is first the series' unit when it has exactly one, and a breakdown at `_T` the indicator does not
 *   have is no breakdown;
 * - `duplicate`: the same series, area, period, breakdown and unit as an earlier row (totals `_T` and absent
 *   dimensions count as the same; see matchKey);
 * - a warning `period kind` for a period of a kind the series does not have yet (see periodKindProblem).
 * {@link finish} then drops from each observation the dimensions its series does not use when they are at `_T` (and
 * FREQ, REPORTING_TYPE), so a template's blank column, or SDMX-CSV's full set of DSD dimensions, gives the same
 * observation as the stored one.
 */
export class UploadChecker {
  readonly issues: UploadIssue[] = [];
  private readonly rows: UploadedObservation[] = [];
  private readonly firstRow = new Map<string, number>();
  private readonly onlySeries: string | null;
  private seriesProblem: string | null = null;
  private unlisted = 0;
  private readonly indicatorCodes = new Map<string, Set<string>>();
  private readonly fileCodes = new Map<string, Set<string>>();
  private readonly book: CodeBook;

  constructor(
    private readonly context: UploadContext,
    private readonly columns: UploadColumns,
    private readonly where: { file: string; sheet: string | null },
  ) {
    this.onlySeries = context.series.size === 1 ? [...context.series.keys()][0]! : null;
    this.book = uploadCodeBook(context);
    for (const dimensions of context.series.values()) {
      for (const [id, codes] of dimensions) {
        const all = this.indicatorCodes.get(id) ?? new Set<string>();
        for (const c of codes) all.add(c);
        this.indicatorCodes.set(id, all);
      }
    }
  }

  /** Records a problem of the file or of one row (counted only, past {@link MAX_LISTED_PROBLEMS}). */
  problem(row: number, p: CellProblem, severity: UploadIssue['severity'] = 'error'): void {
    if (this.issues.length >= MAX_LISTED_PROBLEMS) {
      this.unlisted++;
      return;
    }
    this.issues.push({ severity, file: this.where.file, sheet: this.where.sheet, row, column: p.column, reason: p.reason });
  }

  /** Checks one mapped row (or records the reader's problems with it). */
  add(row: number, read: ReadRow | { problems: CellProblem[] }): void {
    if ('problems' in read) {
      for (const p of read.problems) this.problem(row, p);
      return;
    }
    const given = read.observation;
    const problems: CellProblem[] = [];
    const series = this.seriesOf(given.series, problems);
    const area = this.context.resolveArea(given.area);
    if (area === undefined) {
      problems.push({ column: this.columns.area ?? '', reason: `unknown area: "${given.area}" is not a reference area code` });
    }
    if (series === null || area === undefined) {
      for (const p of problems) this.problem(row, p);
      return;
    }
    const unit = given.unit === '' ? singleUnit(this.book, series) ?? '' : given.unit;
    const observation: Observation = { ...given, series, area, unit };
    const checked = { ...observation, dimensions: this.breakdownOf(observation.dimensions) };
    for (const p of checkObservationCodes(this.book, checked)) problems.push({ column: this.columnOf(p), reason: p.reason });
    if (problems.length > 0) {
      for (const p of problems) this.problem(row, p);
      return;
    }
    const key = matchKey(observation);
    const earlier = this.firstRow.get(key);
    if (earlier !== undefined) {
      this.problem(row, { column: '', reason: `duplicate: same series, area, period, breakdown and unit as row ${earlier}` });
      return;
    }
    this.firstRow.set(key, row);
    const newKind = periodKindProblem(this.book, series, observation.period);
    if (newKind) this.problem(row, { column: this.columns.period, reason: newKind }, 'warning');
    for (const [id, code] of Object.entries(observation.dimensions)) {
      if (code !== TOTAL) this.noteFileDimension(series, id);
    }
    this.rows.push({ row, observation });
  }

  /** The checked observations, each with only the dimensions its series uses (see the class description). */
  finish(): UploadedObservation[] {
    if (this.unlisted > 0) {
      this.issues.push({
        severity: 'error', file: this.where.file, sheet: this.where.sheet, row: 0, column: '',
        reason: `more problems: ${this.unlisted} further problem${this.unlisted === 1 ? '' : 's'} not listed (the first ${MAX_LISTED_PROBLEMS} are)`,
      });
      this.unlisted = 0;
    }
    return this.rows.map(({ row, observation }) => {
      const used = this.context.series.get(observation.series);
      const dimensions: Record<string, string> = {};
      for (const [id, code] of Object.entries(observation.dimensions)) {
        const uses = used?.has(id) || (!FLOW_DIMENSIONS.has(id) && this.fileCodes.get(observation.series)?.has(id));
        if (uses) dimensions[id] = code;
      }
      return { row, observation: { ...observation, dimensions } };
    });
  }

  private seriesOf(code: string, problems: CellProblem[]): string | null {
    if (this.context.series.has(code)) return code;
    const column = this.columns.series;
    if (column === null) {
      if (this.onlySeries) return this.onlySeries;
      if (this.seriesProblem === null) {
        this.seriesProblem = `missing column: the file has no series column and indicator ${this.context.indicatorId} has several series (${[...this.context.series.keys()].sort().join(', ')})`;
        this.problem(0, { column: '', reason: this.seriesProblem });
      }
      return null;
    }
    const others = this.context.seriesIndicators.get(code)?.filter((i) => i !== this.context.indicatorId) ?? [];
    const reason = others.length > 0
      ? `other series: "${code}" is a series of indicator ${others.join(', ')}, not of ${this.context.indicatorId}`
      : `other series: "${code}" is not a series of indicator ${this.context.indicatorId} (its series: ${[...this.context.series.keys()].sort().join(', ') || 'none'})`;
    problems.push({ column, reason });
    return null;
  }

  /** The breakdown a row is checked with: without flow dimensions and totals of dimensions the indicator does not have. */
  private breakdownOf(dimensions: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [id, code] of Object.entries(dimensions)) {
      if (!this.indicatorCodes.has(id) && (FLOW_DIMENSIONS.has(id) || code === TOTAL)) continue;
      out[id] = code;
    }
    return out;
  }

  /** The header name of the column a code problem is about ('' when the file has no such column). */
  private columnOf(p: CodeProblem): string {
    const c = this.columns;
    switch (p.part) {
      case 'dimension': return c.dimensions.get(p.id) ?? p.id;
      case 'unit': return c.unit ?? '';
      case 'unitMult': return c.unitMult ?? '';
      case 'attribute': return (p.id === 'UNIT_MULT' ? c.unitMult : null) ?? c.attributes?.get(p.id) ?? p.id;
    }
  }

  private noteFileDimension(series: string, id: string): void {
    const ids = this.fileCodes.get(series) ?? new Set<string>();
    ids.add(id);
    this.fileCodes.set(series, ids);
  }
}
