import type { ReactNode } from 'react';

/**
 * A row's action in an administration table or tree: a link-styled button whose visible word (`Edit`) a screen reader
 * hears with the row it acts on (`Edit rahim`); `danger` for deletions.
 */
export function RowAction({ label, subject, onClick, danger = false }: { label: ReactNode; subject: ReactNode; onClick(): void; danger?: boolean }) {
  return (
    <button type="button" className={danger ? 'link-button link-button--danger' : 'link-button'} onClick={onClick}>
      {label}<span className="visually-hidden"> {subject}</span>
    </button>
  );
}
