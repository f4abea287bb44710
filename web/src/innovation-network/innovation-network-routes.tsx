import { lazy, Suspense } from 'react';
import { Loading } from '../components/page-state.tsx';

const NetworkPage = lazy(() => import('./network-page.tsx').then((m) => ({ default: m.NetworkPage })));
const RequestsPage = lazy(() => import('./requests-page.tsx').then((m) => ({ default: m.RequestsPage })));
const RequestPage = lazy(() => import('./request-page.tsx').then((m) => ({ default: m.RequestPage })));
const fallback = <div className="container"><Loading /></div>;

/** `/innovations/network`, loaded when first opened (it carries the charting library). */
export function NetworkRoute() {
  return <Suspense fallback={fallback}><NetworkPage /></Suspense>;
}

/** `/innovations/requests`. */
export function RequestsRoute() {
  return <Suspense fallback={fallback}><RequestsPage /></Suspense>;
}

/** `/innovations/requests/<id>`. */
export function RequestRoute() {
  return <Suspense fallback={fallback}><RequestPage /></Suspense>;
}
