import { useEffect } from 'react';

/** Sets the browser tab's title to `<page> — <site>`, or the site's name alone. */
export function useDocumentTitle(page: string | undefined, site: string): void {
  useEffect(() => {
    document.title = page ? `${page} — ${site}` : site;
  }, [page, site]);
}
