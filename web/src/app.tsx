import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionProvider } from './auth/index.ts';
import { Layout } from './components/layout.tsx';
import { Loading } from './components/page-state.tsx';
import { SiteProvider } from './components/site-context.tsx';
import { I18nProvider, initialLanguage } from './i18n/index.tsx';
import { GoalPage } from './pages/goal-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { GapsRoute } from './gaps/gaps-route.tsx';
import { LinksRoute } from './interlinkages/links-route.tsx';
import { SearchRoute } from './search/search-route.tsx';
import { EmbedRoute } from './embed/embed-route.tsx';
import { CaseRoute, CatalogueRoute } from './innovations/innovations-route.tsx';
import { NetworkRoute, RequestRoute, RequestsRoute } from './innovation-network/innovation-network-routes.tsx';

/** The indicator page carries the charting library; it loads when first needed. */
const IndicatorPage = lazy(() => import('./pages/indicator-page.tsx').then((m) => ({ default: m.IndicatorPage })));
/** Sign-in, account and administration load when first opened. */
const SignInPage = lazy(() => import('./pages/sign-in-page.tsx').then((m) => ({ default: m.SignInPage })));
const AccountPage = lazy(() => import('./pages/account-page.tsx').then((m) => ({ default: m.AccountPage })));
const AdminPages = lazy(() => import('./pages/admin/admin-pages.tsx').then((m) => ({ default: m.AdminPages })));
/** The work areas (data entry, upload, review) load only for signed-in users who open them. */
const MyWorkPage = lazy(() => import('./pages/work/my-work-page.tsx').then((m) => ({ default: m.MyWorkPage })));
const IndicatorWorkspacePage = lazy(() => import('./pages/work/indicator-workspace-page.tsx').then((m) => ({ default: m.IndicatorWorkspacePage })));
const SubmissionPage = lazy(() => import('./pages/work/submission-page.tsx').then((m) => ({ default: m.SubmissionPage })));
const RankingPage = lazy(() => import('./pages/ranking-page.tsx').then((m) => ({ default: m.RankingPage })));
const OrganisationPage = lazy(() => import('./pages/organisation-page.tsx').then((m) => ({ default: m.OrganisationPage })));
/** The dashboards carry the charting library too. */
const ProgressPage = lazy(() => import('./pages/progress-page.tsx').then((m) => ({ default: m.ProgressPage })));
const AvailabilityPage = lazy(() => import('./pages/availability-page.tsx').then((m) => ({ default: m.AvailabilityPage })));
const AreasPage = lazy(() => import('./pages/areas-page.tsx').then((m) => ({ default: m.AreasPage })));

/**
 * The public site: home (the 17 goals) → goal (its targets and indicators) → indicator (chart, table, metadata).
 * Addresses: `/`, `/goals/3`, `/indicators/3.2.1`, each optionally with `?lang=bn`.
 */
export function App() {
  return (
    <I18nProvider initial={initialLanguage(window.location.search)}>
      <BrowserRouter>
        <SiteProvider>
          <SessionProvider>
          <Routes>
            <Route path="embed/indicator/:code" element={<EmbedRoute />} />
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path="goals/:goal" element={<GoalPage />} />
              <Route path="ranking" element={<Suspense fallback={<div className="container"><Loading /></div>}><RankingPage /></Suspense>} />
              <Route path="organisations/:id" element={<Suspense fallback={<div className="container"><Loading /></div>}><OrganisationPage /></Suspense>} />
              <Route path="progress" element={<Suspense fallback={<div className="container"><Loading /></div>}><ProgressPage /></Suspense>} />
              <Route path="availability" element={<Suspense fallback={<div className="container"><Loading /></div>}><AvailabilityPage /></Suspense>} />
              <Route path="gaps" element={<GapsRoute />} />
              <Route path="interlinkages" element={<LinksRoute />} />
              <Route path="search" element={<SearchRoute />} />
              <Route path="innovations" element={<CatalogueRoute />} /><Route path="innovations/:id" element={<CaseRoute />} />
              <Route path="innovations/network" element={<NetworkRoute />} />
              <Route path="innovations/requests" element={<RequestsRoute />} />
              <Route path="innovations/requests/:id" element={<RequestRoute />} />
              <Route path="areas" element={<Suspense fallback={<div className="container"><Loading /></div>}><AreasPage /></Suspense>} />
              <Route path="indicators/:code" element={<Suspense fallback={<div className="container"><Loading /></div>}><IndicatorPage /></Suspense>} />
              <Route path="work" element={<Suspense fallback={<div className="container"><Loading /></div>}><MyWorkPage /></Suspense>} />
              <Route path="work/indicators/:code" element={<Suspense fallback={<div className="container"><Loading /></div>}><IndicatorWorkspacePage /></Suspense>} />
              <Route path="work/submissions/:id" element={<Suspense fallback={<div className="container"><Loading /></div>}><SubmissionPage /></Suspense>} />
              <Route path="sign-in" element={<Suspense fallback={<div className="container"><Loading /></div>}><SignInPage /></Suspense>} />
              <Route path="account" element={<Suspense fallback={<div className="container"><Loading /></div>}><AccountPage /></Suspense>} />
              <Route path="admin/*" element={<Suspense fallback={<div className="container"><Loading /></div>}><AdminPages /></Suspense>} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
          </SessionProvider>
        </SiteProvider>
      </BrowserRouter>
    </I18nProvider>
  );
}
