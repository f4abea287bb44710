import { useState } from 'react';
import {
  createUser, updateUser, type AdminOrganisation, type AdminUser, type UserChange, type UserRole,
} from '../../api/admin.ts';
import { USER_ROLES } from '../../../../src/domain/workflow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormDialog } from './dialog.tsx';
import { OrganisationPicker } from './organisation-picker.tsx';
import { PasswordField } from './password-field.tsx';

/**
 * Create an account (`user` absent) or edit one: name, e-mail, role, organisations, and on edit the disabled flag;
 * a new account also gets its first password, temporary by default. Sends only what changed.
 */
export function UserDialog({ user, organisations, onClose, onSaved }: {
  user?: AdminUser;
  organisations: AdminOrganisation[];
  onClose(): void;
  onSaved(user: AdminUser): void;
}) {
  const { t } = useI18n();
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [role, setRole] = useState<UserRole>(user?.role ?? 'provider');
  const [orgs, setOrgs] = useState<string[]>(user?.organisations ?? []);
  const [disabled, setDisabled] = useState(user?.disabled ?? false);
  const [password, setPassword] = useState('');
  const [mustChange, setMustChange] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);

  const save = async () => {
    const local = role === 'provider' && orgs.length === 0 ? t('admin.users.providerNeedsOrganisation') : null;
    setProblem(local);
    if (local) return;
    const saved = user
      ? await updateUser(user.id, changes(user, { displayName, email: email.trim() || null, role, organisations: orgs, disabled }))
      : await createUser({ username: username.trim(), displayName: displayName.trim(), email: email.trim() || null, role, organisations: orgs, password, mustChangePassword: mustChange });
    onSaved(saved);
  };

  return (
    <FormDialog title={user ? t('admin.users.editTitle', { name: user.username }) : t('admin.users.newTitle')} onClose={onClose} wide
      submitLabel={user ? t('admin.save') : t('admin.users.create')} onSubmit={save}>
      {problem && <div className="form-error" role="alert"><p>{problem}</p></div>}
      <div className="admin-form__grid">
        {!user && (
          <div className="field">
            <label htmlFor="user-username">{t('auth.username')}</label>
            <input id="user-username" required autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)}
              aria-describedby="user-username-hint" />
            <p id="user-username-hint" className="field__hint">{t('admin.users.usernameHint')}</p>
          </div>
        )}
        <div className="field">
          <label htmlFor="user-name">{t('admin.users.name')}</label>
          <input id="user-name" required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="user-email">{t('admin.users.email')}</label>
          <input id="user-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="user-role">{t('account.role')}</label>
          <select id="user-role" value={role} onChange={(e) => setRole(e.target.value as UserRole)} aria-describedby="user-role-hint">
            {USER_ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
          </select>
          <p id="user-role-hint" className="field__hint">{t(`admin.users.roleHint.${role}`)}</p>
        </div>
      </div>
      <OrganisationPicker legend={t('account.organisations')} organisations={organisations} value={orgs} onChange={setOrgs}
        hint={t('admin.users.organisationsHint')} />
      {!user && (
        <>
          <PasswordField id="user-password" label={t('admin.users.firstPassword')} value={password} onChange={setPassword} />
          <label className="checkbox">
            <input type="checkbox" checked={mustChange} onChange={(e) => setMustChange(e.target.checked)} />
            <span>{t('admin.users.mustChange')}</span>
          </label>
        </>
      )}
      {user && (
        <label className="checkbox">
          <input type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.target.checked)} />
          <span>{t('admin.users.disableLabel')}</span>
        </label>
      )}
    </FormDialog>
  );
}

/** The fields of `next` that differ from `user`. */
function changes(user: AdminUser, next: Required<UserChange>): UserChange {
  const out: UserChange = {};
  if (next.displayName.trim() !== user.displayName) out.displayName = next.displayName.trim();
  if (next.email !== user.email) out.email = next.email;
  if (next.role !== user.role) out.role = next.role;
  if ([...next.organisations].sort().join() !== [...user.organisations].sort().join()) out.organisations = next.organisations;
  if (next.disabled !== user.disabled) out.disabled = next.disabled;
  return out;
}
