import { useState, type FormEvent } from 'react';
import { resetUserPassword, type AdminUser } from '../../api/admin.ts';
import { FormError } from '../../components/form-error.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { Dialog } from './dialog.tsx';
import { PasswordField } from './password-field.tsx';

/**
 * Sets a new password for someone who forgot theirs (`POST /users/{id}/password`): it lifts a lock-out and ends
 * their sessions; they must choose their own at next sign-in.
 */
export function PasswordDialog({ user, onClose, onSaved }: { user: AdminUser; onClose(): void; onSaved(user: AdminUser): void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await resetUserPassword(user.id, password));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('admin.users.passwordTitle', { name: user.username })} onClose={onClose}>
      <form onSubmit={submit} className="admin-form">
        <p>{t('admin.users.passwordIntro')}</p>
        <FormError error={error} />
        <PasswordField id="reset-password" label={t('account.new')} value={password} onChange={setPassword} />
        <div className="admin-form__buttons">
          <button type="submit" className="button" disabled={busy}>{t('admin.users.setPassword')}</button>
          <button type="button" className="button button--secondary" onClick={onClose}>{t('admin.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
