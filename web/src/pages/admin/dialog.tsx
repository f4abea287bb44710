import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormError } from '../../components/form-error.tsx';
import { useI18n } from '../../i18n/index.tsx';

/**
 * A modal dialog (the browser's `<dialog>` opened with `showModal()`: focus stays inside, Escape closes, and focus
 * returns to the button that opened it). It is open while it is rendered; `onClose` asks the owner to remove it.
 */
export function Dialog({ title, onClose, children, wide = false }: { title: string; onClose(): void; children: ReactNode; wide?: boolean }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      opener?.focus?.();
    };
  }, []);

  return (
    <dialog ref={ref} className={wide ? 'dialog dialog--wide' : 'dialog'} aria-labelledby={titleId}
      onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <div className="dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="dialog__close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('admin.close')}</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}

/** Asks before something that cannot be undone: the question, the consequence, and Confirm / Cancel. */
export function ConfirmDialog({ title, text, confirm, onConfirm, onClose, error, busy }: {
  title: string;
  text: string;
  confirm: string;
  onConfirm(): void;
  onClose(): void;
  error?: ReactNode;
  busy?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Dialog title={title} onClose={onClose}>
      <p>{text}</p>
      {error}
      <div className="admin-form__buttons">
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy}>{confirm}</button>
        <button type="button" className="button button--secondary" onClick={onClose} autoFocus>{t('admin.cancel')}</button>
      </div>
    </Dialog>
  );
}

/**
 * A dialog holding one form: `onSubmit` runs on submit with the submit button (`submitLabel`) disabled meanwhile, and
 * what it throws is shown above the fields (see FormError). `intro` stands above the form, `lead` inside it before the
 * error; the fields are the children, followed by the submit button and Cancel.
 */
export function FormDialog({ title, wide, submitLabel, onSubmit, onClose, intro, lead, children }: {
  title: string;
  wide?: boolean;
  submitLabel: string;
  onSubmit(): Promise<void>;
  onClose(): void;
  intro?: ReactNode;
  lead?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose} wide={wide}>
      {intro}
      <form onSubmit={submit} className="admin-form">
        {lead}
        <FormError error={error} />
        {children}
        <div className="admin-form__buttons">
          <button type="submit" className="button" disabled={busy}>{submitLabel}</button>
          <button type="button" className="button button--secondary" onClick={onClose}>{t('admin.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
