import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/index.tsx';
import { useSite } from './site-context.tsx';

/**
 * A link inside the site that keeps the reader's language in the address (`/goals/3?lang=bn`), so every page can
 * be shared as it is seen. The site's default language is left out.
 */
export function AppLink({ to, ...props }: Omit<ComponentProps<typeof Link>, 'to'> & { to: string }) {
  return <Link to={useLocalisedPath(to)} {...props} />;
}

/** `path` with `?lang=` added unless the language is the site's default. */
export function useLocalisedPath(path: string): string {
  const { lang } = useI18n();
  const defaultLanguage = useSite()?.defaultLanguage ?? 'en';
  if (lang === defaultLanguage) return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(lang)}`;
}
