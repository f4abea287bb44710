import { lazy, Suspense } from 'react';
import { Loading } from '../components/page-state.tsx';

const CataloguePage = lazy(() => import('./catalogue-page.tsx').then((m) => ({ default: m.CataloguePage })));
const CasePage = lazy(() => import('./case-page.tsx').then((m) => ({ default: m.CasePage })));

/** The `/innovations` catalogue, loaded when first opened. */
export function CatalogueRoute() {
  return <Suspense fallback={<div className="container"><Loading /></div>}><CataloguePage /></Suspense>;
}

/** An `/innovations/<id>` case page, loaded when first opened. */
export function CaseRoute() {
  return <Suspense fallback={<div className="container"><Loading /></div>}><CasePage /></Suspense>;
}
