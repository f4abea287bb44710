import { useId, useMemo, useState } from 'react';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { useApi } from '../hooks/use-api.ts';
import en from '../i18n/en.json' with { type: 'json' };
import { useI18n } from '../i18n/index.tsx';
import { getUiOverrides, saveUiStrings } from './api.ts';
import { flatStrings, shippedStrings } from './flat-strings.ts';
import { StatusTag, TranslationFilters, TranslationTableFooter, useRowLimit, type Filter } from './translation-table-parts.tsx';

const ENGLISH = flatStrings(en);
const KEYS = Object.keys(ENGLISH);

/** One UI string of the chosen language: the text the site ships, the national office's, and how it stands. */
interface UiRow {
  key: string;
  english: string;
  shipped: string | undefined;
  national: string | undefined;
  status: 'national' | 'bundled' | 'missing';
}

/**
 * Every UI string of the site (each key of `en.json`) with English beside the chosen language's text, to search by key
 * or text, show only the untranslated ones, edit and save at once. An empty text goes back to the string the site
 * ships. Saved texts show on the next page load.
 */
export function UiStringsEditor({ lang, languageName, announce }: { lang: string; languageName: string; announce: (text: string) => void }) {
  const { t, formatNumber } = useI18n();
  const data = useApi(async (signal) => ({
    shipped: await shippedStrings(lang), national: flatStrings(await getUiOverrides(lang, { signal })),
  }), [lang]);
  const [filter, setFilter] = useState<Filter>({ query: '', onlyMissing: false });
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { limit, more } = useRowLimit(filter);
  const headId = useId();

  const rows = useMemo<UiRow[]>(() => KEYS.map((key) => {
    const shipped = data.data?.shipped[key];
    const national = data.data?.national[key];
    return { key, english: ENGLISH[key]!, shipped, national, status: national !== undefined ? 'national' : shipped !== undefined ? 'bundled' : 'missing' };
  }), [data.data]);
  const query = filter.query.trim().toLowerCase();
  const shown = rows.filter((r) => (!filter.onlyMissing || r.status === 'missing')
    && (!query || [r.key, r.english, r.national ?? r.shipped ?? ''].some((s) => s.toLowerCase().includes(query))));

  const changes = (): Record<string, string | null> => {
    const out: Record<string, string | null> = {};
    for (const row of rows) {
      const typed = edits[row.key];
      if (typed === undefined) continue;
      const text = typed.trim();
      if (text === (row.national ?? row.shipped ?? '')) continue;
      if (text === '' || text === row.shipped) {
        if (row.national !== undefined) out[row.key] = null;
      } else {
        out[row.key] = text;
      }
    }
    return out;
  };
  const pending = Object.keys(changes()).length;

  const save = async () => {
    const sent = changes();
    if (Object.keys(sent).length === 0) return;
    setBusy(true);
    setError(null);
    try {
      await saveUiStrings(lang, sent);
      setEdits({});
      data.reload();
      announce(t('translations.saved', { number: formatNumber(Object.keys(sent).length) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (data.error) return <ErrorMessage error={data.error} retry={data.reload} />;
  if (!data.data) return <Loading />;
  return (
    <section aria-labelledby={headId}>
      <h2 id={headId}>{t('translations.uiHeading', { language: languageName })}</h2>
      <p className="admin-intro">{t('translations.uiIntro')}</p>
      <TranslationFilters filter={filter} onChange={setFilter}
        counts={{ shown: Math.min(limit, shown.length), total: shown.length, missing: rows.filter((r) => r.status === 'missing').length }} />
      <table className="translation-table">
        <thead>
          <tr><th scope="col">{t('translations.key')}</th><th scope="col">{t('translations.english')}</th>
            <th scope="col">{t('translations.textIn', { language: languageName })}</th><th scope="col">{t('translations.status')}</th></tr>
        </thead>
        <tbody>
          {shown.slice(0, limit).map((row) => {
            const value = edits[row.key] ?? row.national ?? row.shipped ?? '';
            const changed = edits[row.key] !== undefined && edits[row.key] !== (row.national ?? row.shipped ?? '');
            return (
              <tr key={row.key} className={changed ? 'translation-row--changed' : row.status === 'missing' ? 'translation-row--missing' : undefined}>
                <td className="translation-table__key">{row.key}</td>
                <td lang="en" dir="ltr">{row.english}</td>
                <td>
                  <textarea aria-label={t('translations.textOf', { key: row.key })} lang={lang} rows={Math.min(4, Math.ceil(row.english.length / 60))}
                    value={value} placeholder={row.english} onChange={(e) => setEdits((prev) => ({ ...prev, [row.key]: e.target.value }))} />
                </td>
                <td><StatusTag status={row.status} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <TranslationTableFooter hidden={shown.length > limit} more={more} error={error} busy={busy} pending={pending} save={save} />
    </section>
  );
}
