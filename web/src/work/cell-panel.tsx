import { useI18n } from '../i18n/index.tsx';
import { CellAttributes } from './cell-attributes.tsx';
import { problemId } from './data-grid.tsx';
import type { GridCellModel } from './grid-model.ts';
import type { CellEdit } from './use-grid-editor.ts';
import { When } from './when.tsx';

/**
 * The selected cell in full: its published and draft value, the save problem or conflict (with "keep mine" and "take
 * theirs"), the attributes editor, "delete this value" and the value's history.
 */
export function CellPanel({ cell, label, edit, editable, onSaveAttributes, onDelete, onKeepMine, onTakeTheirs, onHistory }: {
  cell: GridCellModel;
  label: string;
  edit: CellEdit | undefined;
  editable: boolean;
  onSaveAttributes: (unitMult: number | null, attributes: Record<string, string>) => Promise<boolean>;
  onDelete: () => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onHistory: (observationId: number) => void;
}) {
  const { t, formatNumber } = useI18n();
  const shown = cell.draft ?? cell.published;
  const canChange = editable && cell.lock === null;
  const number = (value: number | null | undefined) => (value === null || value === undefined ? t('work.noValue') : formatNumber(value));

  return (
    <section className="work-panel work-cell-panel" aria-labelledby="cell-panel-heading">
      <h3 id="cell-panel-heading">{t('work.cell.heading', { cell: label })}</h3>
      <dl className="work-facts">
        <dt>{t('work.cell.published')}</dt>
        <dd>
          {cell.published ? <>{formatNumber(cell.published.value)}{cell.published.validFrom && <span className="muted"> (<When at={cell.published.validFrom} />)</span>}</> : t('work.noValue')}
          {cell.published && (
            <button type="button" className="button work-button-link" onClick={() => onHistory(cell.published!.observationId)}>
              {t('work.history.show')}
            </button>
          )}
        </dd>
        <dt>{t('work.cell.draft')}</dt>
        <dd>
          {cell.draft ? (cell.draft.op === 'delete' ? t('work.cell.draftDeletes') : formatNumber(cell.draft.value ?? Number.NaN)) : t('work.cell.noDraft')}
          {cell.draft?.updatedBy && <span className="muted"> · {cell.draft.updatedBy} · <When at={cell.draft.updatedAt} /></span>}
        </dd>
        {cell.lock && (
          <>
            <dt>{t('work.cell.lockedHeading')}</dt>
            <dd>{cell.lock.reason}</dd>
          </>
        )}
      </dl>

      {edit?.error && <p id={problemId(cell.key)} className="work-error" role="alert">{t('work.cell.saveFailed', { message: edit.error })}</p>}
      {edit?.conflict && (
        <div id={problemId(cell.key)} className="work-conflict" role="alert">
          <p>
            {edit.conflict.theirs.updatedBy
              ? t('work.conflict.textBy', { user: edit.conflict.theirs.updatedBy })
              : t('work.conflict.text')}
          </p>
          <dl className="work-facts">
            <dt>{t('work.conflict.theirs')}</dt>
            <dd>{edit.conflict.theirs.op === 'delete' ? t('work.cell.draftDeletes') : number(edit.conflict.theirs.value)}</dd>
            <dt>{t('work.conflict.mine')}</dt>
            <dd>{edit.conflict.mine.value === null ? t('work.cell.draftDeletes') : number(edit.conflict.mine.value)}</dd>
          </dl>
          <div className="work-actions">
            <button type="button" className="button" onClick={onKeepMine}>{t('work.conflict.keepMine')}</button>
            <button type="button" className="button work-button-secondary" onClick={onTakeTheirs}>{t('work.conflict.takeTheirs')}</button>
          </div>
        </div>
      )}

      <CellAttributes unitMult={shown?.unitMult ?? null} attributes={shown?.attributes ?? EMPTY} disabled={!canChange || (!shown && edit?.text === undefined)}
        onSave={onSaveAttributes} />

      {canChange && (cell.published || cell.draft) && cell.draft?.op !== 'delete' && (
        <button type="button" className="button work-button-danger" onClick={onDelete}>{t('work.cell.delete')}</button>
      )}
    </section>
  );
}

const EMPTY: Record<string, string> = {};
