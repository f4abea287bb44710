import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { API_BASE } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { AppLink } from './app-link.tsx';
import { BulkDownloadLink } from './bulk-download-link.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { SiteBrand } from './site-brand.tsx';
import { SiteNav } from './site-nav.tsx';
import { SearchBox } from '../search/search-box.tsx';
import { useCountryName } from './site-context.tsx';
import { UserMenu } from './user-menu.tsx';

/**
 * The frame of every page: a skip link, the banner with the site's name and the language switcher, the page in
 * `<main>`, and the footer. After a navigation, focus moves to `<main>` so screen readers start at the new page.
 */
export function Layout() {
  const { t } = useI18n();
  const country = useCountryName();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <AppLink to="/" className="site-brand">
            <SdgWheel />
            <SiteBrand />
            <span className="site-brand__text">
              <span className="site-brand__name">{t('site.name')}</span>
              {country && <span className="site-brand__country">{country}</span>}
            </span>
          </AppLink>
          <SiteNav />
          <SearchBox />
          <div className="site-header__tools"><UserMenu /><LanguageSwitcher /></div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('site.footerData')}</p>
          <p>{t('site.footerLicence')}</p>
          <p>
            <a href={`${API_BASE.replace(/\/v1$/, '')}/docs`}>{t('site.openApi')}</a>
          </p>
          <BulkDownloadLink />
          <p><AppLink to="/innovations">{t('innovations.nav')}</AppLink></p>
        </div>
      </footer>
    </>
  );
}

/** The 17 goal colours as a ring, the site's mark. Decorative: the name beside it says what it is. */
function SdgWheel() {
  const colours = ['#E5243B', '#DDA63A', '#4C9F38', '#C5192D', '#FF3A21', '#26BDE2', '#FCC30B', '#A21942', '#FD6925',
    '#DD1367', '#FD9D24', '#BF8B2E', '#3F7E44', '#0A97D9', '#56C02B', '#00689D', '#19486A'];
  const r = 15;
  const circumference = 2 * Math.PI * r;
  const arc = circumference / colours.length;
  return (
    <svg className="site-brand__mark" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      {colours.map((colour, i) => (
        <circle key={colour} cx="20" cy="20" r={r} fill="none" stroke={colour} strokeWidth="8"
          strokeDasharray={`${arc - 0.6} ${circumference - arc + 0.6}`}
          strokeDashoffset={-i * arc} transform="rotate(-90 20 20)" />
      ))}
    </svg>
  );
}
