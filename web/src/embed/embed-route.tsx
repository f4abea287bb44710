import { lazy, Suspense } from 'react';
import { Loading } from '../components/page-state.tsx';

const EmbedPage = lazy(() => import('./embed-page.tsx').then((m) => ({ default: m.EmbedPage })));

/** The `/embed/indicator/<code>` page (no site frame around it), loaded when first opened. */
export function EmbedRoute() {
  return <Suspense fallback={<Loading />}><EmbedPage /></Suspense>;
}
