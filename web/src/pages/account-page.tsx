import { useId, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { changePassword } from '../api/session.ts';
import { safeNext, signInPath, useSession } from '../auth/index.ts';
import { FormError } from '../components/form-error.tsx';
import { Loading } from '../components/page-state.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import '../styles/work-admin.css';

/** Shortest new password the form accepts before asking the server (which has the last word). */
const MIN_PASSWORD_LENGTH = 12;

/**
 * `/account`: who the reader is signed in as (name, user name, role, organisations) and a form to change the
 * password. A user with a temporary password lands here after signing in, reads why, and continues to `next` once
 * the new password is set.
 */
export function AccountPage() {
  const { t, formatNumber } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [params] = useSearchParams();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const errorId = useId();
  useDocumentTitle(t('account.title'), t('site.name'));

  if (session.status === 'loading') return <div className="container"><Loading /></div>;
  const user = session.user;
  if (!user) return <Navigate to={signInPath(`${pathname}${search}`)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    const local = [...next].length < MIN_PASSWORD_LENGTH ? t('account.tooShort', { n: formatNumber(MIN_PASSWORD_LENGTH) })
      : next !== repeat ? t('account.mismatch')
        : next === current ? t('account.same') : null;
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      await changePassword(current, next);
      const wasTemporary = user.mustChangePassword;
      await session.refresh();
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
      if (wasTemporary) navigate(safeNext(params.get('next'), user.role === 'admin' ? '/admin' : '/work'), { replace: true });
    } catch (e) {
      setError(e);
      firstField.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="container auth-page admin-scope">
      <h1>{t('account.title')}</h1>
      {user.mustChangePassword && <p className="notice" role="status">{t('account.mustChange')}</p>}
      <dl className="facts panel">
        <div><dt>{t('account.name')}</dt><dd>{user.displayName}</dd></div>
        <div><dt>{t('auth.username')}</dt><dd>{user.username}</dd></div>
        <div><dt>{t('account.role')}</dt><dd>{t(`roles.${user.role}`)}</dd></div>
        <div><dt>{t('account.organisations')}</dt><dd>{user.organisations.length ? user.organisations.join(', ') : t('account.none')}</dd></div>
      </dl>
      <form className="panel auth-form" onSubmit={submit} aria-describedby={error || problem ? errorId : undefined}>
        <h2>{t('account.changePassword')}</h2>
        <FormError error={error} id={errorId} />
        {problem && <div className="form-error" role="alert" id={errorId}><p>{problem}</p></div>}
        {done && <p className="form-success" role="status">{t('account.changed')}</p>}
        <div className="field">
          <label htmlFor="account-current">{t('account.current')}</label>
          <input id="account-current" type="password" autoComplete="current-password" required ref={firstField}
            value={current} onChange={(e) => setCurrent(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="account-new">{t('account.new')}</label>
          <input id="account-new" type="password" autoComplete="new-password" required
            aria-describedby="account-new-hint" value={next} onChange={(e) => setNext(e.target.value)} />
          <p id="account-new-hint" className="field__hint">{t('account.newHint', { n: formatNumber(MIN_PASSWORD_LENGTH) })}</p>
        </div>
        <div className="field">
          <label htmlFor="account-repeat">{t('account.repeat')}</label>
          <input id="account-repeat" type="password" autoComplete="new-password" required
            value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={busy}>{t('account.save')}</button>
      </form>
    </div>
  );
}
