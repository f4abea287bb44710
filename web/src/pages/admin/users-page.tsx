import { listOrganisations, listUsers, unlockUser, type AdminUser } from '../../api/admin.ts';
import { useSession, useSessionExpiry } from '../../auth/index.ts';
import { FormError } from '../../components/form-error.tsx';
import { ErrorMessage, Loading } from '../../components/page-state.tsx';
import { RecordTable } from '../../components/record-table.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useI18n } from '../../i18n/index.tsx';
import { AdminHeading } from './admin-pages.tsx';
import { PasswordDialog } from './password-dialog.tsx';
import { RowAction } from './row-action.tsx';
import { StatusMessage } from './status-message.tsx';
import { usePageActions } from './use-page-actions.ts';
import { UserDialog } from './user-dialog.tsx';

type Open = { kind: 'new' } | { kind: 'edit'; user: AdminUser } | { kind: 'password'; user: AdminUser };

/**
 * `/admin/users`: every account with its role, organisations and state (active, disabled, locked, temporary
 * password); create an account, edit one (role, organisations, name, e-mail, disabled), set a new password, lift a
 * lock-out.
 */
export function UsersPage() {
  const { t } = useI18n();
  const users = useApi((signal) => listUsers({ signal }), []);
  const organisations = useApi((signal) => listOrganisations({ signal }), []);
  useSessionExpiry(users.error, organisations.error);
  const { open, setOpen, message, done, run, error } = usePageActions<Open>(users.reload);
  const unlock = (user: AdminUser) => run(() => unlockUser(user.id), t('admin.users.unlocked', { name: user.username }));

  return (
    <section aria-labelledby="users-heading">
      <AdminHeading title={t('admin.sections.users')}>
        <button type="button" className="button" onClick={() => setOpen({ kind: 'new' })} disabled={!organisations.data}>
          {t('admin.users.new')}
        </button>
      </AdminHeading>
      <StatusMessage message={message} />
      <FormError error={error} />
      {users.error && <ErrorMessage error={users.error} retry={users.reload} />}
      {!users.data && !users.error && <Loading />}
      {users.data && <UserTable users={users.data} onEdit={(user) => setOpen({ kind: 'edit', user })}
        onPassword={(user) => setOpen({ kind: 'password', user })} onUnlock={(user) => void unlock(user)} />}
      {open?.kind === 'new' && organisations.data && (
        <UserDialog organisations={organisations.data} onClose={() => setOpen(null)}
          onSaved={(user) => done(t('admin.users.created', { name: user.username }))} />
      )}
      {open?.kind === 'edit' && organisations.data && (
        <UserDialog user={open.user} organisations={organisations.data} onClose={() => setOpen(null)}
          onSaved={(user) => done(t('admin.users.saved', { name: user.username }))} />
      )}
      {open?.kind === 'password' && (
        <PasswordDialog user={open.user} onClose={() => setOpen(null)}
          onSaved={(user) => done(t('admin.users.passwordSet', { name: user.username }))} />
      )}
    </section>
  );
}

function UserTable({ users, onEdit, onPassword, onUnlock }: {
  users: AdminUser[];
  onEdit(user: AdminUser): void;
  onPassword(user: AdminUser): void;
  onUnlock(user: AdminUser): void;
}) {
  const { t, formatNumber } = useI18n();
  const me = useSession().user;
  const now = new Date().toISOString();
  if (users.length === 0) return <p>{t('admin.users.empty')}</p>;
  return (
    <RecordTable className="admin-table" caption={t('admin.users.caption', { n: formatNumber(users.length) })} captionId="users-caption"
      columns={[{ label: t('admin.users.name') }, { label: t('auth.username') }, { label: t('account.role') },
        { label: t('account.organisations') }, { label: t('admin.users.state') }, { label: t('admin.actions'), hidden: true }]}>
      {users.map((user) => {
        const locked = user.lockedUntil !== null && user.lockedUntil > now;
        return (
          <tr key={user.id}>
            <th scope="row">{user.displayName}{me?.id === user.id && <span className="tag">{t('admin.users.you')}</span>}</th>
            <td><code>{user.username}</code></td>
            <td>{t(`roles.${user.role}`)}</td>
            <td>{user.organisations.join(', ') || '–'}</td>
            <td>
              <ul className="states">
                {user.disabled ? <li className="state state--off">{t('admin.users.disabled')}</li> : <li className="state state--on">{t('admin.users.active')}</li>}
                {locked && <li className="state state--warn">{t('admin.users.locked')}</li>}
                {user.mustChangePassword && <li className="state">{t('admin.users.temporaryPassword')}</li>}
              </ul>
            </td>
            <td className="admin-table__actions">
              <RowAction label={t('admin.edit')} subject={user.username} onClick={() => onEdit(user)} />
              <RowAction label={t('admin.users.setPassword')} subject={user.username} onClick={() => onPassword(user)} />
              {locked && <RowAction label={t('admin.users.unlock')} subject={user.username} onClick={() => onUnlock(user)} />}
            </td>
          </tr>
        );
      })}
    </RecordTable>
  );
}
