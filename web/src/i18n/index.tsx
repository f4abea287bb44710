import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import ar from './ar.json' with { type: 'json' };
import bn from './bn.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

/**
 * The site's words. UI strings live in `<lang>.json` (English complete; French, Spanish and Bengali for the whole
 * chrome; Arabic for the main chrome); anything missing falls back to English. Goal, target and indicator titles
 * are not here: the API sends them in the language asked for.
 */

export const UI_LANGUAGES = ['en', 'fr', 'es', 'bn', 'ar'] as const;
const RESOURCES = { en, fr, es, bn, ar };
/** Languages written right to left. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'dv', 'yi']);
const STORAGE_KEY = 'sdg-tracker.lang';

/** What every component gets from {@link useI18n}. */
export interface I18nValue {
  /** The current language code, e.g. `bn`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  t(key: string, options?: TOptions): string;
  /** A number in the reader's conventions, all its decimals kept, e.g. `27.3` → `27.3` (en), `২৭.৩` (bn). */
  formatNumber(value: number): string;
  /** A number rounded for a summary: two decimals from 1 up, three significant digits below (`123.02825` → `123.03`). */
  formatShort(value: number): string;
  /** A unit code in words, e.g. `PER_1000_LIVE_BIRTHS` → `per 1,000 live births`. */
  unitName(code: string | null | undefined): string;
  setLang(lang: string): void;
}

const I18nContext = createContext<I18nValue | null>(null);

/** The language to start in: `?lang=` in the address, else the one the reader chose before, else `fallback`. */
export function initialLanguage(search: string, fallback = 'en'): string {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (fromUrl && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(fromUrl)) return fromUrl;
  try {
    return localStorage.getItem(STORAGE_KEY) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Provides the language to the app, keeps `<html lang dir>` in step and remembers the choice. */
export function I18nProvider({ initial, children }: { initial: string; children: ReactNode }) {
  const [instance] = useState<I18n>(() => createInstance(initial));
  const [lang, setLangState] = useState(initial);

  useEffect(() => {
    void instance.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.documentElement.dir = RTL.has(lang.split('-')[0]!) ? 'rtl' : 'ltr';
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // storage may be disabled; the address still carries the language
    }
  }, [instance, lang]);

  const value = useMemo<I18nValue>(() => {
    const t = instance.getFixedT(lang);
    const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 6 });
    const large = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const small = new Intl.NumberFormat(lang, { maximumSignificantDigits: 3 });
    return {
      lang,
      dir: RTL.has(lang.split('-')[0]!) ? 'rtl' : 'ltr',
      t: (key, options) => t(key, options) as string,
      formatNumber: (n) => numbers.format(n),
      formatShort: (n) => (Math.abs(n) >= 1 ? large : small).format(n),
      unitName: (code) => unitName(t as (key: string, o?: TOptions) => string, code),
      setLang: setLangState,
    };
  }, [instance, lang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its words; must be used under {@link I18nProvider}. */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n: no I18nProvider above this component');
  return value;
}

function createInstance(lang: string): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([code, strings]) => [code, { translation: strings }])),
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** `units.<CODE>` when translated, else the code made readable: `PER_1000_UNINFECTED_POP` → `per 1000 uninfected pop`. */
function unitName(t: (key: string, options?: TOptions) => string, code: string | null | undefined): string {
  if (!code) return '';
  const readable = /^[A-Z0-9_]+$/.test(code) ? code.toLowerCase().replaceAll('_', ' ') : code;
  return t(`units.${code}`, { defaultValue: readable });
}
