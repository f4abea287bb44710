import { useI18n } from '../i18n/index.tsx';

/**
 * A moment (ISO 8601 UTC) in the reader's language and time zone, inside `<time>` with the exact moment as its
 * machine-readable value; an empty string shows a dash.
 */
export function When({ at }: { at: string | null | undefined }) {
  const { lang } = useI18n();
  if (!at) return <span aria-hidden="true">—</span>;
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return <>{at}</>;
  const text = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return <time dateTime={at}>{text}</time>;
}
