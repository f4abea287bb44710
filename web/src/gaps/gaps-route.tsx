import { lazy, Suspense } from 'react';
import { Loading } from '../components/page-state.tsx';

const GapsPage = lazy(() => import('./gaps-page.tsx').then((m) => ({ default: m.GapsPage })));

/** The `/gaps` page, loaded when first opened. */
export function GapsRoute() {
  return <Suspense fallback={<div className="container"><Loading /></div>}><GapsPage /></Suspense>;
}
