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
