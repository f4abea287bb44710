import { useState } from 'react';
import { resetUserPassword, type AdminUser } from '../../api/admin.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormDialog } from './dialog.tsx';
import { PasswordField } from './password-field.tsx';

/**
 * Sets a new password for someone who forgot theirs (`POST /users/{id}/password`): it lifts a lock-out and ends
 * their sessions; they must choose their own at next sign-in.
 */
export function PasswordDialog({ user, onClose, onSaved }: { user: AdminUser; onClose(): void; onSaved(user: AdminUser): void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');

  return (
    <FormDialog title={t('admin.users.passwordTitle', { name: user.username })} onClose={onClose} submitLabel={t('admin.users.setPassword')}
      onSubmit={async () => onSaved(await resetUserPassword(user.id, password))} lead={<p>{t('admin.users.passwordIntro')}</p>}>
      <PasswordField id="reset-password" label={t('account.new')} value={password} onChange={setPassword} />
    </FormDialog>
  );
}
