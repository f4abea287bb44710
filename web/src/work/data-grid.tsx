import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { GridAnswer, Issue } from '../api/work.ts';
import { useI18n } from '../i18n/index.tsx';
import { cellAt, moveCell, type CellRef, type DimensionNames, type GridCellModel } from './grid-model.ts';
import type { CellEdit } from './use-grid-editor.ts';

/**
 * The data-entry grid: one row per area × disaggregation, one column per time period. Each cell is a labelled input
 * holding the draft value (else the published one), with the published value beside it when the draft differs and
 * the issues of the typed value under it (`aria-describedby`). Keyboard: the arrow keys move between cells (left and
 * right once the caret is at the edge of the text), Enter saves and moves down, Escape puts the stored value back; Tab
 * leaves the grid (one cell at a time is in the tab order). Locked periods are read-only and say why.
 */
export function DataGrid({ grid, names, periods, active, editable, edits, savedIssues, textOf, rowLabel, describedBy, onActivate, onEdit, onCommit, onRevert }: {
  grid: GridAnswer;
  /** The draft's issues by observation key, for values saved before (typed values are checked as they are typed). */
  savedIssues: Map<string, Issue[]>;
  /** The id of the keyboard hint shown with the grid's title. */
  describedBy: string;
  names: DimensionNames;
  periods: string[];
  active: CellRef;
  editable: boolean;
  edits: Record<string, CellEdit>;
  textOf: (cell: GridCellModel) => string;
  rowLabel: (row: GridAnswer['rows'][number]) => string;
  onActivate: (cell: CellRef) => void;
  onEdit: (cell: GridCellModel, text: string) => void;
  onCommit: (cell: GridCellModel) => Promise<boolean>;
  onRevert: (cell: GridCellModel) => void;
}) {
  const { t, dir, formatShort, localDigits } = useI18n();
  const table = useRef<HTMLTableElement>(null);
  const dimensionIds = [...new Set(grid.rows.flatMap((r) => Object.keys(r.dimensions)))].sort();
  const dimensionName = (id: string) => names[id]?.name ?? id;
  const codeName = (id: string, code: string) => (code === '_T' ? t('indicator.total') : names[id]?.codes[code] ?? code);

  // the active cell in view (at first: the latest period, at the end of the row)
  useEffect(() => {
    const input = table.current?.querySelector<HTMLInputElement>(`input[data-row="${active.row}"][data-col="${active.col}"]`);
    const frame = input?.closest<HTMLElement>('.table-scroll');
    if (!input || !frame) return;
    const cell = input.parentElement!.getBoundingClientRect();
    const box = frame.getBoundingClientRect();
    if (cell.right > box.right) frame.scrollLeft += cell.right - box.right + 8;
    else if (cell.left < box.left + 200) frame.scrollLeft -= box.left + 200 - cell.left;
  }, [active, grid]);

  const focusCell = (to: CellRef) => {
    onActivate(to);
    const input = table.current?.querySelector<HTMLInputElement>(`input[data-row="${to.row}"][data-col="${to.col}"]`);
    input?.focus();
    input?.select();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, cell: GridCellModel, at: CellRef) => {
    const input = event.currentTarget;
    // a cell reached by the keyboard has its whole text selected: the arrows go on moving, as in a spreadsheet
    const whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    const atStart = whole || (input.selectionStart === 0 && input.selectionEnd === 0);
    const atEnd = whole || input.selectionStart === input.value.length;
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let step: [number, number] | null = null;
    if (event.key === 'ArrowUp') step = [-1, 0];
    else if (event.key === 'ArrowDown') step = [1, 0];
    else if (event.key === forward && (atEnd || input.readOnly)) step = [0, 1];
    else if (event.key === back && (atStart || input.readOnly)) step = [0, -1];
    else if (event.key === 'Enter') {
      event.preventDefault();
      void onCommit(cell).then((ok) => { if (ok) focusCell(moveCell(at, 1, 0, grid.rows.length, periods.length)); });
      return;
    } else if (event.key === 'Escape') {
      onRevert(cell);
      return;
    }
    if (!step) return;
    event.preventDefault();
    void onCommit(cell);
    focusCell(moveCell(at, step[0], step[1], grid.rows.length, periods.length));
  };

  return (
    <table ref={table} className="data-table work-grid" aria-describedby={describedBy}>
      {/* the caption is read out; the same words stand visibly above the scrolling frame (see GridTitle) */}
      <caption className="visually-hidden">{gridTitle(grid, t)}</caption>
      <thead>
        <tr>
          <th scope="col" className="work-grid__row-head">
            {t('work.grid.rowHead')}
            {dimensionIds.length > 0 && <span className="work-grid__breakdown">{dimensionIds.map(dimensionName).join(' · ')}</span>}
          </th>
          {periods.map((p) => {
            const lock = grid.locks.find((l) => l.timePeriod === p);
            return (
              <th key={p} scope="col" className={`numeric${lock ? ' work-grid__locked' : ''}`}>
                {localDigits(p)}
                {lock && <span id={lockId(p)} className="work-grid__lock">{lock.reason ? t('work.grid.locked', { reason: lock.reason }) : t('work.cell.lockedHeading')}</span>}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((row, r) => (
          <tr key={row.key}>
            <th scope="row" className="work-grid__row-head">
              {row.areaName}
              {dimensionIds.length > 0 && (
                <span className="work-grid__breakdown">
                  {dimensionIds.map((id) => (row.dimensions[id] === undefined ? '—' : codeName(id, row.dimensions[id]!))).join(' · ')}
                </span>
              )}
            </th>
            {periods.map((period, c) => {
              const cell = cellAt(grid, row, period);
              const edit = edits[cell.key];
              const issues = edit?.issues ?? savedIssues.get(cell.key) ?? [];
              const worst = issues.some((i) => i.severity === 'error') ? 'error' : issues.length ? 'warning' : null;
              const changed = cell.draft !== null || (edit?.text !== undefined && !edit.saved);
              const describedBy = [issues.length ? issueId(cell.key) : '', cell.lock ? lockId(period) : '',
                edit?.error || edit?.conflict ? problemId(cell.key) : ''].filter(Boolean).join(' ');
              const isActive = active.row === r && active.col === c;
              return (
                <td key={period} className={['work-cell', changed && 'work-cell--changed', cell.draft?.op === 'delete' && 'work-cell--deleted',
                  worst && `work-cell--${worst}`, isActive && 'work-cell--active', cell.lock && 'work-cell--locked'].filter(Boolean).join(' ')}>
                  <input
                    type="text" inputMode="decimal" dir="ltr" autoComplete="off"
                    data-row={r} data-col={c}
                    tabIndex={isActive ? 0 : -1}
                    aria-label={t('work.grid.cellLabel', { period: localDigits(period), row: rowLabel(row) })}
                    aria-describedby={describedBy || undefined}
                    aria-invalid={worst === 'error' || undefined}
                    readOnly={!editable || cell.lock !== null || edit?.saving}
                    value={cell.draft?.op === 'delete' && edit?.text === undefined ? '' : textOf(cell)}
                    placeholder={cell.draft?.op === 'delete' ? t('work.grid.deleted') : undefined}
                    onFocus={() => onActivate({ row: r, col: c })}
                    onChange={(e) => onEdit(cell, e.target.value)}
                    onBlur={() => void onCommit(cell)}
                    onKeyDown={(e) => onKeyDown(e, cell, { row: r, col: c })}
                  />
                  {cell.draft && cell.published && (
                    <span className="work-cell__published">{t('work.grid.publishedShort', { value: formatShort(cell.published.value) })}</span>
                  )}
                  {edit?.saving && <span className="work-cell__saving" role="status">{t('work.grid.saving')}</span>}
                  {issues.length > 0 && <IssueList id={issueId(cell.key)} issues={issues} />}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the grid shows: the series' values, published and draft. */
export function gridTitle(grid: GridAnswer, t: (key: string, options?: Record<string, unknown>) => string): string {
  return t('work.grid.caption', { series: grid.series.find((s) => s.code === grid.selected?.series)?.name ?? grid.selected?.series ?? '' });
}

/** The grid's title and keyboard hint above its scrolling frame, so they stay in view when the periods scroll. */
export function GridTitle({ grid, hintId }: { grid: GridAnswer; hintId: string }) {
  const { t } = useI18n();
  return (
    <div className="work-grid__title">
      <p aria-hidden="true">{gridTitle(grid, t)}</p>
      <p id={hintId} className="work-grid__keys">{t('work.grid.keys')}</p>
    </div>
  );
}

/** The issues of one cell: errors are announced at once (`role=alert`), warnings quietly. */
function IssueList({ id, issues }: { id: string; issues: Issue[] }) {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return (
    <span id={id} className="work-cell__issues">
      {errors.length > 0 && <span role="alert" className="work-issue work-issue--error">{errors.map((i) => i.message).join('; ')}</span>}
      {warnings.length > 0 && <span className="work-issue work-issue--warning">{warnings.map((i) => i.message).join('; ')}</span>}
    </span>
  );
}

/** Element ids of a cell's issues, lock reason and save problem (observation keys hold `|` and `=`, which ids may). */
export const issueId = (key: string) => `issue-${cssSafe(key)}`;
export const problemId = (key: string) => `problem-${cssSafe(key)}`;
const lockId = (period: string) => `lock-${cssSafe(period)}`;

function cssSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}
