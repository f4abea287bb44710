import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { getSite } from '../api/client.ts';
import type { Site } from '../api/types.ts';
import { useApi } from '../hooks/use-api.ts';
import { useI18n } from '../i18n/index.tsx';

/** The country and languages the site serves, or undefined until `GET /site` answers. */
const SiteContext = createContext<Site | undefined>(undefined);

/** Reads the site description once per language and follows `?lang=` when the address changes it (back button). */
export function SiteProvider({ children }: { children: ReactNode }) {
  const { lang, setLang } = useI18n();
  const site = useApi((signal) => getSite({ lang, signal }), [lang]);
  const { search } = useLocation();

  // Only a change of address counts: a language chosen in the menu renders once before its new address does, and
  // comparing it then with the old `?lang=` would switch straight back.
  const current = useRef(lang);
  current.current = lang;
  useEffect(() => {
    const wanted = new URLSearchParams(search).get('lang');
    if (wanted && wanted !== current.current) setLang(wanted);
  }, [search, setLang]);

  return <SiteContext.Provider value={site.data}>{children}</SiteContext.Provider>;
}

export function useSite(): Site | undefined {
  return useContext(SiteContext);
}

/**
 * The country's name in the current language from the site's `country.names` (`বাংলাদেশ` on Bengali pages; `zh`
 * serves `zh-Hans`), else its default name (`Bangladesh`), else an empty string while no country is loaded.
 */
export function useCountryName(): string {
  const site = useSite();
  const { lang } = useI18n();
  const names = site?.country.names ?? {};
  return names[lang] ?? names[lang.split('-')[0]!] ?? site?.country.name ?? '';
}
