import { encodeDimensions, type StoredProgressTarget } from '../../store/index.ts';
import { readCsvText } from '../organisations-csv/index.ts';
import { isDecimalNumber } from '../numeric-value.ts';
import { emptyReport, type ImportReport, type Reject } from '../reject-report.ts';

/** Columns every target file has; `series`, `unit`, `area`, `dimensions`, `baseline_*`, `milestone_<year>`, `target_*` and `limit` are optional. */
export const TARGET_COLUMNS = ['indicator', 'direction'] as const;

/** A target as a file gives it, without who stored it and when. */
export type TargetRow = Omit<StoredProgressTarget, 'updatedAt' | 'updatedBy'>;

/** The targets a file gives, in file order, and what was wrong with it. */
export interface TargetRows {
  items: TargetRow[];
  report: ImportReport;
}

/**
 * Reads a national target CSV (`indicator,series,unit,area,dimensions,direction,baseline_year,baseline_value,
 * milestone_2020,milestone_2025,target_year,target_value,limit`; any `milestone_<year>` column counts). `dimensions`
 * is `ID=code` pairs joined by `;` (`SEX=F;AGE=Y0T4`), blank for the whole. Any listing code stands for its
 * indicator. A row is rejected, one reject per problem with line and column, when: its field count differs from the
 * header's; the indicator is blank or not in the framework; the direction is not `increase` or `decrease`; a number
 * is not a plain decimal or a year not a four-digit year; a year is given without its value or the reverse; a
 * dimension pair has no `=`; or an earlier line has the same indicator and scope.
 * @example readTargets('indicator,direction,target_year,target_value\n3.2.1,decrease,2030,25\n', 't.csv', (c) => c).items
 *   // [{ indicatorId: '3.2.1', dimensions: {}, source: 'national', direction: 'decrease', milestones: {}, target: { year: 2030, value: 25 } }]
 */
export function readTargets(text: string, file: string, indicatorOf: (code: string) => string | undefined): TargetRows {
  const report = emptyReport();
  const csv = readCsvText(text, file, TARGET_COLUMNS);
  if (csv.problem) {
    report.rejects.push(csv.problem);
    return { items: [], report };
  }
  const milestoneColumns = csv.header.filter((h) => /^milestone_\d{4}$/.test(h));
  const items: TargetRow[] = [];
  const scopes = new Map<string, number>();
  for (const { line, record, fields } of csv.rows) {
    report.rowsRead++;
    const problems: Reject[] = [];
    const reject = (column: string, reason: string): void => { problems.push({ file, line, column, reason }); };
    const cell = (column: string): string => (record[column] ?? '').trim();
    if (fields !== csv.header.length) {
      reject('', `the row has ${fields} fields, the header has ${csv.header.length}`);
    } else {
      const code = cell('indicator');
      const indicator = code === '' ? undefined : indicatorOf(code);
      if (code === '') reject('indicator', 'indicator code is empty');
      else if (indicator === undefined) reject('indicator', `"${code}" is not an indicator of the framework`);
      const direction = cell('direction').toLowerCase();
      if (direction !== 'increase' && direction !== 'decrease') {
        reject('direction', direction === '' ? 'direction is empty (increase or decrease)' : `"${cell('direction')}" is not a direction (increase or decrease)`);
      }
      const number = (column: string): number | undefined => {
        const text = cell(column);
        if (text === '') return undefined;
        if (!isDecimalNumber(text)) { reject(column, `"${text}" is not a number`); return undefined; }
        return Number(text);
      };
      const year = (column: string): number | undefined => {
        const text = cell(column);
        if (text === '') return undefined;
        if (!/^\d{4}$/.test(text)) { reject(column, `"${text}" is not a year`); return undefined; }
        return Number(text);
      };
      const pair = (kind: 'baseline' | 'target'): { year: number; value: number } | undefined => {
        const y = year(`${kind}_year`);
        const v = number(`${kind}_value`);
        if (cell(`${kind}_year`) !== '' && cell(`${kind}_value`) === '') reject(`${kind}_value`, `${kind} year ${cell(`${kind}_year`)} has no value`);
        if (cell(`${kind}_year`) === '' && cell(`${kind}_value`) !== '') reject(`${kind}_year`, `${kind} value ${cell(`${kind}_value`)} has no year`);
        return y !== undefined && v !== undefined ? { year: y, value: v } : undefined;
      };
      const baseline = pair('baseline');
      const target = pair('target');
      const limit = number('limit');
      const milestones: Record<string, number> = {};
      for (const column of milestoneColumns) {
        const value = number(column);
        if (value !== undefined) milestones[column.slice('milestone_'.length)] = value;
      }
      const dimensions: Record<string, string> = {};
      for (const part of cell('dimensions').split(';').map((p) => p.trim()).filter((p) => p !== '')) {
        const eq = part.indexOf('=');
        if (eq <= 0 || eq === part.length - 1) reject('dimensions', `"${part}" is not ID=code`);
        else dimensions[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
      }
      if (problems.length === 0) {
        const item: TargetRow = { indicatorId: indicator!, dimensions, source: 'national', direction: direction as TargetRow['direction'], milestones };
        if (cell('series')) item.series = cell('series');
        if (cell('unit')) item.unit = cell('unit');
        if (cell('area')) item.area = cell('area');
        if (baseline) item.baseline = baseline;
        if (target) item.target = target;
        if (limit !== undefined) item.limit = limit;
        const scope = [item.indicatorId, item.series ?? '', item.unit ?? '', item.area ?? '', encodeDimensions(dimensions)].join('\u0000');
        const earlier = scopes.get(scope);
        if (earlier !== undefined) reject('indicator', `indicator ${item.indicatorId} already has a target for this series, unit, area and disaggregation (line ${earlier})`);
        else {
          scopes.set(scope, line);
          items.push(item);
        }
      }
    }
    report.rejects.push(...problems);
    if (problems.length > 0) report.rowsRejected++;
    else report.rowsStored++;
  }
  return { items, report };
}
