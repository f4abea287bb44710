import { NavLink } from 'react-router';
import { useI18n } from '../i18n/index.tsx';
import { useLocalisedPath } from './app-link.tsx';
import './site-nav.css';

/** The banner's links to the dashboards: progress against targets, data availability, agency ranking; the current one is marked. */
export function SiteNav() {
  const { t } = useI18n();
  const progress = useLocalisedPath('/progress');
  const availability = useLocalisedPath('/availability');
  const ranking = useLocalisedPath('/ranking');
  return (
    <nav className="site-nav" aria-label={t('progress.dashboard.nav')}>
      <NavLink to={progress} className="site-nav__link">{t('progress.dashboard.navProgress')}</NavLink>
      <NavLink to={availability} className="site-nav__link">{t('availability.nav')}</NavLink>
      <NavLink to={ranking} className="site-nav__link">{t('scorecard.nav')}</NavLink>
      <NavLink to={useLocalisedPath('/areas')} className="site-nav__link">{t('maps.gaps.nav')}</NavLink>
      <NavLink to={useLocalisedPath('/gaps')} className="site-nav__link">{t('gaps.nav')}</NavLink>
      <NavLink to={useLocalisedPath('/interlinkages')} className="site-nav__link">{t('links.nav')}</NavLink>
    </nav>
  );
}
