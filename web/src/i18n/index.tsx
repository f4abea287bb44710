import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import ar from './ar.json' with { type: 'json' };
import bn from './bn.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import ne from './ne.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import zhHans from './zh-Hans.json' with { type: 'json' };
import type { CodeConcept } from '../api/types.ts';
import { codeLabel } from './code-label.ts';
import { localDigits } from './digits.ts';

/**
 * The site's words. UI strings live in `<lang>.json`, one file per language with every string; anything missing
 * falls back to English. Goal, target and indicator titles are not here: the API sends them in the language asked
 * for. Numbers follow the rule in `digits.ts`: the page language's digits throughout, so the strings files write
 * their numbers (`17টি অভীষ্ট`) in ASCII digits and the site shows them as the browser writes numbers in that
 * language (`১৭টি অভীষ্ট`).
 */

export const UI_LANGUAGES = ['en', 'fr', 'es', 'bn', 'ar', 'ru', 'zh-Hans', 'ne'] as const;
const RESOURCES = { en, fr, es, bn, ar, ru, 'zh-Hans': zhHans, ne };
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
  /**
   * A data value as the site shows it in tables, charts and summaries: two decimals from 1 up, three significant
   * digits below (`61.79923` → `61.8`, `0.012345` → `0.0123`); downloads keep every decimal.
   */
  formatShort(value: number): string;
  /** A year or period in the page's digits, e.g. `2021` → `২০২১` (bn), unchanged in English. */
  localDigits(text: string | number): string;
  /**
   * A goal, target or indicator code in the page's digits (`3.2.1` → `৩.২.১` in Bengali), kept left to right inside
   * right-to-left text (Unicode isolates), so `5.b.1` never reads `b.1.5` in Arabic.
   */
  formatCode(code: string): string;
  /**
   * A unit code in words: the site's translation, else `apiName` (the code list's name), else the code, e.g.
   * `PER_1000_LIVE_BIRTHS` → `per 1,000 live births`, (`TEU`, `Twenty-foot equivalent units`) → `Twenty-foot equivalent units`.
   */
  unitName(code: string | null | undefined, apiName?: string | null): string;
  /** Any named SDMX code in words, by the same rule as {@link unitName}, e.g. (`OBS_STATUS`, `E`) → `Estimated value`. */
  codeLabel(concept: CodeConcept, code: string | null | undefined, apiName?: string | null): string;
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
    const rtl = RTL.has(lang.split('-')[0]!);
    const translate = (key: string) => (instance.exists(key, { lng: lang }) ? (t(key) as string) : undefined);
    const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 6 });
    const large = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const small = new Intl.NumberFormat(lang, { maximumSignificantDigits: 3 });
    return {
      lang,
      dir: rtl ? 'rtl' : 'ltr',
      t: (key, options) => t(key, options) as string,
      formatNumber: (n) => numbers.format(n),
      formatShort: (n) => (Math.abs(n) >= 1 ? large : small).format(n),
      localDigits: (text) => localDigits(text, lang),
      formatCode: (code) => (rtl ? `\u2066${localDigits(code, lang)}\u2069` : localDigits(code, lang)),
      unitName: (code, apiName) => codeLabel(translate, 'UNIT_MEASURE', code, apiName),
      codeLabel: (concept, code, apiName) => codeLabel(translate, concept, code, apiName),
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
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([code, strings]) => [code, { translation: withDigits(strings, code) }])),
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** A strings file with the ASCII digits of every text written in the language's digits (placeholders have none). */
function withDigits(strings: object, lang: string): object {
  return Object.fromEntries(Object.entries(strings).map(([key, value]) =>
    [key, typeof value === 'string' ? localDigits(value, lang) : withDigits(value as object, lang)]));
}
