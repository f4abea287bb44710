import { useId, useState, type FormEvent } from 'react';
import { FormError } from '../components/form-error.tsx';
import { useI18n } from '../i18n/index.tsx';
import { addLanguage } from './api.ts';

/**
 * Adds a language to the site: its BCP 47 code, its own name and its writing direction. It starts with English
 * everywhere; `onAdded` gets it so the page can edit its texts at once.
 */
export function AddLanguageForm({ onAdded }: { onAdded: (language: { code: string; name: string; dir: 'ltr' | 'rtl' }) => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [dir, setDir] = useState<'ltr' | 'rtl'>('ltr');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ids = { heading: useId(), code: useId(), name: useId(), dir: useId(), hint: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const added = await addLanguage({ code: code.trim(), name: name.trim(), dir });
      setCode('');
      setName('');
      setDir('ltr');
      onAdded(added);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="panel">
      <summary id={ids.heading}>{t('translations.add.heading')}</summary>
      <form className="admin-form" aria-labelledby={ids.heading} onSubmit={(e) => void submit(e)}>
        <div className="admin-form__grid">
          <div className="field">
            <label htmlFor={ids.code}>{t('translations.add.code')}</label>
            <input id={ids.code} required value={code} onChange={(e) => setCode(e.target.value)} pattern="[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"
              aria-describedby={ids.hint} autoComplete="off" spellCheck={false} />
            <p className="field__hint" id={ids.hint}>{t('translations.add.codeHint')}</p>
          </div>
          <div className="field">
            <label htmlFor={ids.name}>{t('translations.add.name')}</label>
            <input id={ids.name} required value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />
          </div>
          <div className="field">
            <label htmlFor={ids.dir}>{t('translations.add.dir')}</label>
            <select id={ids.dir} value={dir} onChange={(e) => setDir(e.target.value as 'ltr' | 'rtl')}>
              <option value="ltr">{t('translations.add.ltr')}</option>
              <option value="rtl">{t('translations.add.rtl')}</option>
            </select>
          </div>
        </div>
        <FormError error={error} />
        <div className="admin-form__buttons"><button type="submit" className="button" disabled={busy}>{t('translations.add.submit')}</button></div>
      </form>
    </details>
  );
}
