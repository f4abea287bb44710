import i18next, { type BackendModule, type i18n as I18n, type ResourceKey, type TOptions } from 'i18next';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import en from './en.json' with { type: 'json' };
import type { CodeConcept } from '../api/types.ts';
import { codeLabel } from './code-label.ts';
import { localDigits } from './digits.ts';
import { addedRightToLeft, fetchOverrides, overridesFetched } from '../translations/overrides.ts';

/**
 * The site's words. UI strings live in `<lang>.json`, one file per language with every string; anything missing
 * falls back to English. English comes with the site; every other language is a file of its own that the browser
 * fetches the first time the language is chosen, and the page keeps its current language until then (at start it
 * shows nothing until the language is loaded, so neither keys nor English flash by). Goal, target and indicator
 * titles are not here: the API sends them in the language asked for. Numbers follow the rule in `digits.ts`: the
 * page language's digits throughout, so the strings files write their numbers (`17টি অভীষ্ট`) in ASCII digits and
 * the site shows them as the browser writes numbers in that language (`১৭টি অভীষ্ট`).
 * Over each language's own file come the national office's strings from the API (`../translations/overrides.ts`,
 * merged deep, after the file): a language is shown once both are in, and one added in the administration has
 * only those, English answering the rest.
 */

export const UI_LANGUAGES = ['en', 'fr', 'es', 'bn', 'ar', 'ru', 'zh-Hans', 'ne'] as const;
/** The strings of every language but English, fetched on demand. */
const LOADERS: Record<string, () => Promise<{ default: object }>> = {
  fr: () => import('./fr.json', { with: { type: 'json' } }),
  es: () => import('./es.json', { with: { type: 'json' } }),
  bn: () => import('./bn.json', { with: { type: 'json' } }),
  ar: () => import('./ar.json', { with: { type: 'json' } }),
  ru: () => import('./ru.json', { with: { type: 'json' } }),
  'zh-Hans': () => import('./zh-Hans.json', { with: { type: 'json' } }),
  ne: () => import('./ne.json', { with: { type: 'json' } }),
};
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

/**
 * Provides the language to the app, keeps `<html lang dir>` in step and remembers the choice. A language is shown
 * once its strings are loaded: `setLang` keeps the current one until then, and the app is rendered only once the
 * first one is ready.
 */
export function I18nProvider({ initial, children }: { initial: string; children: ReactNode }) {
  const [instance] = useState<I18n>(createInstance);
  const [load] = useState(() => languageLoader(instance));
  const [shown, setShown] = useState<string | null>(() => (hasStrings(instance, initial) ? initial : null));
  const wanted = useRef(initial);
  const lang = shown ?? initial;

  const setLang = useCallback((next: string) => {
    wanted.current = next;
    if (hasStrings(instance, next)) {
      setShown(next);
      return;
    }
    void load(next).then(() => {
      if (wanted.current === next) setShown(next);
    });
  }, [instance, load]);

  useEffect(() => {
    if (shown === null) setLang(wanted.current);
  }, [shown, setLang]);

  useEffect(() => {
    if (shown === null) return;
    void instance.changeLanguage(shown);
    document.documentElement.lang = shown;
    document.documentElement.dir = isRtl(shown) ? 'rtl' : 'ltr';
    try {
      localStorage.setItem(STORAGE_KEY, shown);
    } catch {
      // storage may be disabled; the address still carries the language
    }
  }, [instance, shown]);

  const value = useMemo<I18nValue>(() => {
    const t = instance.getFixedT(lang);
    const rtl = isRtl(lang);
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
      setLang,
    };
  }, [instance, lang, setLang]);

  if (shown === null) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its words; must be used under {@link I18nProvider}. */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n: no I18nProvider above this component');
  return value;
}

/** Reads a language's strings file when i18next asks for it; a language without one gets none (English answers). */
const lazyStrings: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = LOADERS[language];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then((strings) => callback(null, withDigits(strings.default, language) as ResourceKey), (error: Error) => callback(error, null));
  },
};

function createInstance(): I18n {
  const instance = i18next.createInstance().use(lazyStrings);
  void instance.init({
    resources: { en: { translation: withDigits(en, 'en') } },
    partialBundledLanguages: true,
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Whether every strings file `lang` reads (its own, its base language's, English) is loaded, e.g. `bn` for `bn-BD`. */
function hasStrings(instance: I18n, lang: string): boolean {
  const codes = instance.services.languageUtils.toResolveHierarchy(lang) as string[];
  return codes.every((code) => (!(code in LOADERS) || instance.hasResourceBundle(code, 'translation')) && overridesFetched(code));
}

/** Whether `lang` is written right to left: a known right-to-left language, or one added in the administration as such. */
function isRtl(lang: string): boolean {
  return RTL.has(lang.split('-')[0]!) || addedRightToLeft(lang);
}

/** Loads a language's strings once: every call for the same language waits for the same fetch. */
function languageLoader(instance: I18n): (lang: string) => Promise<void> {
  const pending = new Map<string, Promise<void>>();
  return (lang) => {
    let loading = pending.get(lang);
    if (!loading) {
      // The language's file (and its fallbacks'), then the national office's strings over each, merged deep.
      const codes = instance.services.languageUtils.toResolveHierarchy(lang) as string[];
      loading = Promise.all([instance.loadLanguages(lang), Promise.all(codes.map(fetchOverrides))]).then(([, overrides]) => {
        codes.forEach((code, i) => instance.addResourceBundle(code, 'translation', withDigits(overrides[i]!, code), true, true));
      });
      pending.set(lang, loading);
    }
    return loading;
  };
}

/** A strings file with the ASCII digits of every text written in the language's digits (placeholders have none). */
function withDigits(strings: object, lang: string): object {
  return Object.fromEntries(Object.entries(strings).map(([key, value]) =>
    [key, typeof value === 'string' ? localDigits(value, lang) : withDigits(value as object, lang)]));
}
