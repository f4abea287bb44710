import { useId, useState } from 'react';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useI18n } from '../i18n/index.tsx';
import { getContentTexts, saveContentText, type ContentEntity, type ContentRow } from './api.ts';
import { StatusTag, TranslationFilters, TranslationTableFooter, useRowLimit, type Filter } from './translation-table-parts.tsx';

const ENTITIES: readonly ContentEntity[] = ['goal', 'target', 'indicator'];

/**
 * The titles and short titles of goals, targets or indicators in the chosen language beside English, each with its
 * status (official, unofficial, national, or missing: English shows), to search, edit and save. A saved text becomes
 * the national office's (`national`).
 */
export function ContentEditor({ lang, languageName, announce }: { lang: string; languageName: string; announce: (text: string) => void }) {
  const { t, formatCode, formatNumber } = useI18n();
  const [entity, setEntity] = useState<ContentEntity>('goal');
  const rows = useApi((signal) => getContentTexts(lang, entity, { signal }), [lang, entity]);
  const [filter, setFilter] = useState<Filter>({ query: '', onlyMissing: false });
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { limit, more } = useRowLimit(filter);
  const headId = useId();
  const entityId = useId();

  const keyOf = (r: ContentRow) => `${r.code}|${r.field}`;
  const all = rows.data ?? [];
  const changed = all.filter((r) => { const typed = edits[keyOf(r)]?.trim(); return typed && typed !== (r.text ?? ''); });
  const query = filter.query.trim().toLowerCase();
  const shown = all.filter((r) => (!filter.onlyMissing || r.text === null)
    && (!query || [r.code, r.english ?? '', r.text ?? ''].some((s) => s.toLowerCase().includes(query))));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      for (const row of changed) {
        await saveContentText(lang, { entity: row.entity, code: row.code, field: row.field, text: edits[keyOf(row)]!.trim() });
      }
      setEdits({});
      rows.reload();
      announce(t('translations.saved', { number: formatNumber(changed.length) }));
    } catch (e) {
      setError(e);
      rows.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headId}>
      <h2 id={headId}>{t('translations.contentHeading', { language: languageName })}</h2>
      <p className="admin-intro">{t('translations.contentIntro')}</p>
      <div className="field admin-picker">
        <label htmlFor={entityId}>{t('translations.entity')}</label>
        <select id={entityId} value={entity} onChange={(e) => { setEntity(e.target.value as ContentEntity); setEdits({}); }}>
          {ENTITIES.map((e) => <option key={e} value={e}>{t(`translations.entities.${e}`)}</option>)}
        </select>
      </div>
      {rows.error && <ErrorMessage error={rows.error} retry={rows.reload} />}
      {!rows.data && !rows.error && <Loading />}
      {rows.data && (
        <>
          <TranslationFilters filter={filter} onChange={setFilter}
            counts={{ shown: Math.min(limit, shown.length), total: shown.length, missing: all.filter((r) => r.text === null).length }} />
          <table className="translation-table">
            <thead>
              <tr><th scope="col">{t('translations.code')}</th><th scope="col">{t('translations.english')}</th>
                <th scope="col">{t('translations.textIn', { language: languageName })}</th><th scope="col">{t('translations.status')}</th></tr>
            </thead>
            <tbody>
              {shown.slice(0, limit).map((row) => {
                const key = keyOf(row);
                const value = edits[key] ?? row.text ?? '';
                const isChanged = changed.includes(row);
                const label = `${formatCode(row.code)} ${t(`translations.fields.${row.field}`)}`;
                return (
                  <tr key={key} className={isChanged ? 'translation-row--changed' : row.text === null ? 'translation-row--missing' : undefined}>
                    <td className="translation-table__key">{label}</td>
                    <td lang="en" dir="ltr">{row.english}</td>
                    <td>
                      <textarea aria-label={t('translations.textOf', { key: label })} lang={lang} rows={row.field === 'short' ? 1 : 3}
                        value={value} placeholder={row.english ?? ''} onChange={(e) => setEdits((prev) => ({ ...prev, [key]: e.target.value }))} />
                    </td>
                    <td><StatusTag status={row.status ?? 'missing'} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <TranslationTableFooter hidden={shown.length > limit} more={more} error={error} busy={busy} pending={changed.length} save={save} />
        </>
      )}
    </section>
  );
}
