import { lazy, Suspense } from 'react';
import { Loading } from '../components/page-state.tsx';

const LinksPage = lazy(() => import('./links-page.tsx').then((m) => ({ default: m.LinksPage })));

/** The `/interlinkages` page, loaded when first opened (it carries the charting library). */
export function LinksRoute() {
  return <Suspense fallback={<div className="container"><Loading /></div>}><LinksPage /></Suspense>;
}
