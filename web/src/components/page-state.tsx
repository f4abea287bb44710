import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { AppLink } from './app-link.tsx';

/** Announced politely while a page's data load. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {t('site.loading')}
    </p>
  );
}

/**
 * Whether the API's answer to a page's own read (`GET /goals/abc`, `GET /indicators/9.9.9`) means the page does not
 * exist: the address names no goal or indicator (404) or names it in a form the API refuses (400).
 */
export function isMissingPage(error: Error | undefined): boolean {
  return error instanceof ApiError && (error.statusCode === 404 || error.statusCode === 400);
}

/** What went wrong, in the reader's words, with a retry button; a 404 reads as "page not found". */
export function ErrorMessage({ error, retry }: { error: Error; retry?: () => void }) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.isNotFound) return <NotFound />;
  const text =
    error instanceof ApiError && error.code === 'NETWORK'
      ? t('site.errorNetwork')
      : error instanceof ApiError && error.code === 'NOT_INITIALISED'
        ? t('site.errorNotInitialised')
        : t('site.errorGeneric', { message: error.message });
  return (
    <div className="container page-message" role="alert">
      <h1>{t('site.errorTitle')}</h1>
      <p>{text}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          {t('site.retry')}
        </button>
      )}
    </div>
  );
}

/** "Page not found", with a way back to the list of goals; the page sets the document title. */
export function NotFound() {
  const { t } = useI18n();
  return (
    <div className="container page-message">
      <h1>{t('site.notFoundTitle')}</h1>
      <p>{t('site.notFoundText')}</p>
      <p>
        <AppLink to="/">{t('site.allGoals')}</AppLink>
      </p>
    </div>
  );
}
