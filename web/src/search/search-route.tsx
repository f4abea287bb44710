import { lazy, Suspense } from 'react';
import { Loading } from '../components/page-state.tsx';

const SearchPage = lazy(() => import('./search-page.tsx').then((m) => ({ default: m.SearchPage })));

/** The `/search` page, loaded when first opened. */
export function SearchRoute() {
  return <Suspense fallback={<div className="container"><Loading /></div>}><SearchPage /></Suspense>;
}
