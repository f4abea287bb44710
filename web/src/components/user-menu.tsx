import { useLocation, useNavigate } from 'react-router';
import { signInPath, useSession } from '../auth/index.ts';
import { useDisclosure } from '../hooks/use-disclosure.ts';
import { useI18n } from '../i18n/index.tsx';
import { AppLink } from './app-link.tsx';
import { NotificationsBell } from './notifications-bell.tsx';
import '../styles/user-menu.css';

/**
 * The banner's account corner. Anonymous: a "Sign in" link that comes back to this page. Signed in: the
 * notifications bell and a menu under the user's name with My work, Administration (admins), Account and Sign out.
 */
export function UserMenu() {
  const { t } = useI18n();
  const session = useSession();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const menu = useDisclosure();

  if (session.status === 'loading') return <div className="user-menu" aria-hidden="true" />;
  if (!session.user) {
    if (pathname.startsWith('/sign-in')) return <div className="user-menu" />;
    return (
      <div className="user-menu">
        <AppLink to={signInPath(`${pathname}${search}`)} className="user-menu__sign-in">{t('userMenu.signIn')}</AppLink>
      </div>
    );
  }

  const close = () => menu.setOpen(false);
  const signOut = async () => {
    close();
    // leave a page that needs a session first, so its guard does not send the reader to the sign-in page
    navigate('/');
    await session.signOut();
  };

  return (
    <div className="user-menu">
      <NotificationsBell />
      <div className="user-menu__account" ref={menu.rootRef} onKeyDown={menu.onKeyDown}>
        <button ref={menu.buttonRef} type="button" className="user-menu__button" aria-expanded={menu.open} aria-controls={menu.panelId}
          onClick={() => menu.setOpen(!menu.open)}>
          <span className="visually-hidden">{t('userMenu.signedInAs')} </span>
          <span className="user-menu__name">{session.user.displayName}</span>
          <span aria-hidden="true" className="language-switcher__caret">▾</span>
        </button>
        <ul id={menu.panelId} className="user-menu__list" hidden={!menu.open}>
          <li className="user-menu__role">{t(`roles.${session.user.role}`)}</li>
          <li><AppLink to="/work" onClick={close}>{t('userMenu.work')}</AppLink></li>
          {session.user.role === 'admin' && <li><AppLink to="/admin" onClick={close}>{t('userMenu.admin')}</AppLink></li>}
          <li><AppLink to="/account" onClick={close}>{t('userMenu.account')}</AppLink></li>
          <li><button type="button" onClick={() => void signOut()}>{t('userMenu.signOut')}</button></li>
        </ul>
      </div>
    </div>
  );
}
