import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSite } from '../../components/site-context.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { AddLanguageForm } from '../../translations/add-language-form.tsx';
import { ContentEditor } from '../../translations/content-editor.tsx';
import { UiStringsEditor } from '../../translations/ui-strings-editor.tsx';
import '../../translations/translations.css';
import { AdminHeading } from './admin-pages.tsx';
import { StatusMessage, useStatusMessage } from './status-message.tsx';

type Part = 'ui' | 'content';

/**
 * `/admin/translations?language=bn&part=ui`: choose a language (or add one), then edit the site's UI strings or the
 * goal, target and indicator titles in it. The choices are in the address.
 */
export function TranslationsPage() {
  const { t } = useI18n();
  const site = useSite();
  const [params, setParams] = useSearchParams();
  const [added, setAdded] = useState<{ code: string; name: string }[]>([]);
  const [message, announce] = useStatusMessage();
  const pickerId = useId();
  const partName = useId();

  const offered = [...(site?.languages ?? [{ code: 'en', name: 'English' }]), ...added.filter((a) => !site?.languages.some((l) => l.code === a.code))];
  const fallback = offered.find((l) => l.code !== 'en')?.code ?? 'en';
  const language = params.get('language') ?? fallback;
  const part: Part = params.get('part') === 'content' ? 'content' : 'ui';
  const name = (code: string) => t(`languages.${code}`, { defaultValue: offered.find((l) => l.code === code)?.name ?? code });
  const choose = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    setParams(next, { replace: true });
  };

  return (
    <>
      <AdminHeading title={t('translations.title')} />
      <p className="admin-intro">{t('translations.intro')}</p>
      <StatusMessage message={message} />
      <div className="translation-filters">
        <div className="field admin-picker">
          <label htmlFor={pickerId}>{t('translations.language')}</label>
          <select id={pickerId} value={language} onChange={(e) => choose({ language: e.target.value })}>
            {offered.map((l) => <option key={l.code} value={l.code}>{name(l.code)} ({l.code})</option>)}
          </select>
        </div>
        <fieldset className="field--radios">
          <legend>{t('translations.part')}</legend>
          {(['ui', 'content'] as const).map((p) => (
            <label key={p} className="radio">
              <input type="radio" name={partName} value={p} checked={part === p} onChange={() => choose({ part: p })} />
              {' '}{t(`translations.parts.${p}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <AddLanguageForm onAdded={(l) => {
        setAdded((prev) => [...prev, l]);
        announce(t('translations.add.added', { name: l.name }));
        choose({ language: l.code });
      }} />
      {part === 'ui'
        ? <UiStringsEditor key={language} lang={language} languageName={name(language)} announce={announce} />
        : <ContentEditor key={language} lang={language} languageName={name(language)} announce={announce} />}
    </>
  );
}
