import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * Why a form's request failed, announced at once (`role="alert"`): a sentence in the reader's language for the
 * codes a person can act on, followed by the server's own message (in English, marked `lang="en"`) where it names
 * the field and value. Renders nothing without an error.
 */
export function FormError({ error, id }: { error: unknown; id?: string }) {
  const { t, lang } = useI18n();
  if (!error) return null;
  const { text, detail } = describeError(error, t, lang);
  return (
    <div className="form-error" role="alert" id={id}>
      <p>{text}</p>
      {detail && <p lang="en" dir="ltr" className="form-error__detail">{detail}</p>}
    </div>
  );
}

/** The reader's sentence for an error and, when useful, the server's message beside it. */
export function describeError(error: unknown, t: (key: string, options?: Record<string, unknown>) => string, lang: string): { text: string; detail?: string } {
  if (!(error instanceof ApiError)) return { text: t('site.errorGeneric', { message: (error as Error)?.message ?? String(error) }) };
  switch (error.code) {
    case 'NETWORK': return { text: t('site.errorNetwork') };
    case 'BAD_CREDENTIALS': return { text: t('auth.badCredentials') };
    case 'TOO_MANY_REQUESTS': return { text: t('auth.tooManyAttempts') };
    case 'ACCOUNT_LOCKED': {
      const until = (error.details as { lockedUntil?: string } | undefined)?.lockedUntil;
      return until ? { text: t('auth.lockedUntil', { time: new Date(until).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' }) }) } : { text: t('auth.locked') };
    }
    case 'UNAUTHENTICATED': return { text: t('forms.signedOut') };
    case 'CSRF_FAILED': return { text: t('forms.signedOut') };
    case 'FORBIDDEN': return { text: t('forms.forbidden'), detail: error.message };
    case 'CONFLICT': return { text: t('forms.conflict'), detail: error.message };
    case 'NOT_FOUND': return { text: t('forms.notFound'), detail: error.message };
    default: return { text: t('forms.refused'), detail: error.message };
  }
}
