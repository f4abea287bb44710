import { useEffect, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { getIndicator } from '../../api/client.ts';
import { getGrid, getSubmission, type GridRow } from '../../api/work.ts';
import { RequireRole } from '../../auth/index.ts';
import { AppLink } from '../../components/app-link.tsx';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { ErrorMessage, Loading } from '../../components/page-state.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useI18n } from '../../i18n/index.tsx';
import { AddPeriod } from '../../work/add-period.tsx';
import { CellPanel } from '../../work/cell-panel.tsx';
import { DataGrid, GridTitle } from '../../work/data-grid.tsx';
import { cellAt, dimensionNames, gridPeriods, issuesByKey, type CellRef } from '../../work/grid-model.ts';
import { HistoryDialog } from '../../work/history-dialog.tsx';
import { StateBadge } from '../../work/state-badge.tsx';
import { SubmitPanel } from '../../work/submit-panel.tsx';
import { UploadPanel } from '../../work/upload-panel.tsx';
import { useGridEditor } from '../../work/use-grid-editor.ts';
import '../../styles/work.css';

/**
 * `/work/indicators/:code?series=&unit=`: the indicator's workspace. Series and unit selectors, the data-entry grid
 * with the selected cell's details, the upload panel and "submit for review".
 */
export function IndicatorWorkspacePage() {
  return (
    <RequireRole>
      <Workspace />
    </RequireRole>
  );
}

function Workspace() {
  const { code = '' } = useParams();
  const { t, lang, formatCode, localDigits, unitName } = useI18n();
  const [params, setParams] = useSearchParams();
  const series = params.get('series');
  const unit = params.get('unit');
  const indicator = useApi((signal) => getIndicator(code, { lang, signal }), [code, lang]);
  const names = useMemo(() => dimensionNames(indicator.data?.series ?? []), [indicator.data]);
  // without a series in the address, the one the public page shows first (once the indicator is known)
  const wanted = series ?? (indicator.data ? indicator.data.headlineSeries ?? null : indicator.error ? null : undefined);
  const grid = useApi((signal) => (wanted === undefined ? new Promise<never>(() => {}) : getGrid(code, wanted, unit, { lang, signal })),
    [code, wanted, unit, lang]);
  const open = grid.data?.submission;
  const openId = open && (open.state === 'draft' || open.state === 'returned') ? open.id : null;
  const detail = useApi((signal) => (openId === null ? Promise.resolve(null) : getSubmission(openId, { lang, signal })), [openId, lang, grid.data]);
  const savedIssues = useMemo(() => issuesByKey(detail.data?.issues ?? []), [detail.data]);
  const reload = () => grid.reload();
  const editor = useGridEditor(code, grid.data, reload, t('work.grid.notNumber'));
  const [added, setAdded] = useState<string[]>([]);
  const [active, setActive] = useState<CellRef>({ row: 0, col: 0 });
  const [history, setHistory] = useState<{ id: number; label: string } | null>(null);
  useDocumentTitle(t('work.workspace.title', { code }), t('site.name'));

  const periods = useMemo(() => gridPeriods(grid.data?.periods ?? [], added), [grid.data, added]);
  // a new series starts at its latest period
  const shown = grid.data?.selected ? `${grid.data.selected.series}|${grid.data.selected.unit}` : '';
  useEffect(() => {
    if (shown) setActive({ row: 0, col: Math.max(gridPeriods(grid.data?.periods ?? [], []).length - 1, 0) });
  }, [shown]);
  if (grid.error) return <ErrorMessage error={grid.error} retry={grid.reload} />;
  if (!grid.data) return <div className="container"><Loading /></div>;
  const data = grid.data;
  const editable = data.canEdit && data.selected !== null && open?.state !== 'submitted';
  const codeName = (id: string, c: string) => (c === '_T' ? t('indicator.total') : names[id]?.codes[c] ?? c);
  const rowLabel = (row: GridRow) => [row.areaName, ...Object.keys(row.dimensions).sort().map((id) => codeName(id, row.dimensions[id]!))].join(', ');
  const activeRow = data.rows[Math.min(active.row, data.rows.length - 1)];
  const activePeriod = periods[Math.min(active.col, periods.length - 1)];
  const activeCell = activeRow && activePeriod ? cellAt(data, activeRow, activePeriod) : null;
  const activeLabel = activeCell ? `${localDigits(activeCell.period)} · ${rowLabel(activeCell.row)}` : '';
  const currentSeries = data.series.find((s) => s.code === data.selected?.series);

  return (
    <div className="container work-page">
      <Breadcrumb items={[{ label: t('work.myWork'), to: '/work' }, { label: t('work.workspace.title', { code: formatCode(code) }) }]} />
      <h1>
        <span className="work-code">{formatCode(data.indicator.code)}</span> {data.indicator.title}
      </h1>
      <p className="work-status-line">
        {open ? (
          <>
            {t('work.workspace.submission')}{' '}
            <AppLink to={`/work/submissions/${open.id}`}><StateBadge state={open.state} /></AppLink>
          </>
        ) : <span className="muted">{t('work.workspace.noOpen')}</span>}
        {' '}<AppLink to={`/indicators/${encodeURIComponent(code)}`}>{t('work.workspace.publicPage')}</AppLink>
      </p>
      {open?.state === 'returned' && open.comment && (
        <div className="work-note-block" role="note">
          <strong>{t('work.reviewerComment')}:</strong> {open.comment}
        </div>
      )}
      {open?.state === 'submitted' && <p className="work-note-block">{t('work.workspace.underReview')}</p>}
      {!data.canEdit && <p className="work-note-block">{t('work.workspace.readOnly')}</p>}

      <form className="work-selectors" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="work-series">{t('work.series')}</label>
          <select id="work-series" value={data.selected?.series ?? ''}
            onChange={(e) => setParams((p) => { p.set('series', e.target.value); p.delete('unit'); return p; })}>
            {data.series.map((s) => <option key={s.code} value={s.code}>{`${s.name} (${s.code})`}</option>)}
          </select>
        </div>
        {currentSeries && currentSeries.units.length > 0 && (
          <div className="field">
            <label htmlFor="work-unit">{t('work.unit')}</label>
            <select id="work-unit" value={data.selected?.unit ?? ''}
              onChange={(e) => setParams((p) => { p.set('series', currentSeries.code); p.set('unit', e.target.value); return p; })}>
              {currentSeries.units.map((u) => <option key={u} value={u}>{unitName(u)}</option>)}
            </select>
          </div>
        )}
      </form>

      <section className="section" aria-labelledby="grid-heading">
        <h2 id="grid-heading">{t('work.grid.heading')}</h2>
        {data.rows.length === 0 ? <p className="muted">{t('work.grid.empty')}</p> : (
          <>
          <GridTitle grid={data} hintId="grid-keys" />
          <ScrollRegion label={t('work.grid.heading')}>
            <DataGrid grid={data} names={names} savedIssues={savedIssues} describedBy="grid-keys" periods={periods} active={active} editable={editable} edits={editor.edits} textOf={editor.textOf}
              rowLabel={rowLabel} onActivate={setActive} onEdit={editor.edit} onCommit={editor.commit} onRevert={editor.revert} />
          </ScrollRegion>
          </>
        )}
        {editable && <AddPeriod periods={periods} onAdd={(p) => { setAdded((all) => [...all, p]); setActive((a) => ({ ...a, col: gridPeriods(data.periods, [...added, p]).indexOf(p) })); }} />}
        {activeCell && (
          <CellPanel cell={activeCell} label={activeLabel} edit={editor.edits[activeCell.key]} editable={editable}
            onSaveAttributes={(m, a) => editor.saveAttributes(activeCell, m, a)}
            onDelete={() => void editor.remove(activeCell)}
            onKeepMine={() => void editor.keepMine(activeCell)}
            onTakeTheirs={() => editor.takeTheirs(activeCell)}
            onHistory={(id) => setHistory({ id, label: activeLabel })} />
        )}
      </section>

      <UploadPanel code={code} submissionId={openId} editable={editable} onUploaded={reload} />

      {detail.data && <SubmitPanel submission={detail.data} onSubmitted={reload} />}
      {history && <HistoryDialog observationId={history.id} label={history.label} onClose={() => setHistory(null)} />}
    </div>
  );
}
