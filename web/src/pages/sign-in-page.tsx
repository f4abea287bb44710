import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { SessionUser } from '../api/session.ts';
import { safeNext, useSession } from '../auth/index.ts';
import { FormError } from '../components/form-error.tsx';
import { Loading } from '../components/page-state.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import '../styles/work-admin.css';

/**
 * `/sign-in?next=/admin/users`: user name and password for the people who work on the data (ministries, the
 * statistics office, the SDG office). After signing in the reader goes to `next` (a page of this site), or to their
 * work; a temporary password leads to the account page first. A failed attempt is announced and focus returns to
 * the password.
 */
export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const passwordField = useRef<HTMLInputElement>(null);
  const errorId = useId();
  useDocumentTitle(t('auth.signInTitle'), t('site.name'));

  useEffect(() => {
    if (error) passwordField.current?.focus();
  }, [error]);

  if (session.status === 'loading') return <div className="container"><Loading /></div>;
  if (session.user && !busy) return <Navigate to={destination(session.user, params.get('next'))} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await session.signIn(username.trim(), password);
      navigate(destination(user, params.get('next')), { replace: true });
    } catch (e) {
      setError(e);
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <div className="container auth-page admin-scope">
      <form className="panel auth-form" onSubmit={submit} aria-describedby={error ? errorId : undefined}>
        <h1>{t('auth.signInTitle')}</h1>
        <p className="muted">{t('auth.signInIntro')}</p>
        <FormError error={error} id={errorId} />
        <div className="field">
          <label htmlFor="sign-in-username">{t('auth.username')}</label>
          <input id="sign-in-username" name="username" autoComplete="username" required autoFocus value={username}
            onChange={(e) => setUsername(e.target.value)} aria-invalid={error ? true : undefined} />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t('auth.password')}</label>
          <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required ref={passwordField}
            value={password} onChange={(e) => setPassword(e.target.value)} aria-invalid={error ? true : undefined} />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
        <p className="muted auth-form__help">{t('auth.signInHelp')}</p>
      </form>
    </div>
  );
}

/** The account page when the password is temporary, else `next`, else the user's own area. */
function destination(user: SessionUser, next: string | null): string {
  const fallback = user.role === 'admin' ? '/admin' : '/work';
  const target = safeNext(next, fallback);
  return user.mustChangePassword ? `/account?next=${encodeURIComponent(target)}` : target;
}
