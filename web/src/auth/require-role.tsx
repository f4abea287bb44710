import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { UserRole } from '../api/session.ts';
import { Loading } from '../components/page-state.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useSession } from './session-context.tsx';
import { signInPath } from './next-path.ts';

/**
 * Shows `children` only to a signed-in user with one of `roles` (any role when none are given). An anonymous reader
 * goes to `/sign-in?next=<this page>`; a user who must change a temporary password goes to `/account?next=…`; a
 * user of another role reads that the page needs the role, and nothing else.
 * @example <RequireRole roles={['admin']}><AdminPages /></RequireRole>
 */
export function RequireRole({ roles = [], children }: { roles?: UserRole[]; children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;

  if (session.status === 'loading') return <div className="container"><Loading /></div>;
  if (!session.user) return <Navigate to={signInPath(here)} replace />;
  if (session.user.mustChangePassword) return <Navigate to={`/account?next=${encodeURIComponent(here)}`} replace />;
  if (roles.length > 0 && !roles.includes(session.user.role)) {
    return (
      <div className="container page-message" role="alert">
        <h1>{t('auth.forbiddenTitle')}</h1>
        <p>{t('auth.forbiddenText', { roles: roles.map((r) => t(`roles.${r}`)).join(', '), role: t(`roles.${session.user.role}`) })}</p>
      </div>
    );
  }
  return <>{children}</>;
}
