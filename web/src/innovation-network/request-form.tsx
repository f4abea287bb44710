import { useId, useState, type FormEvent } from 'react';
import { FormError } from '../components/form-error.tsx';
import { useI18n } from '../i18n/index.tsx';
import { INNOVATION_TYPES, postRequest, type RequestView } from './network-api.ts';

/** Splits a comma- or line-separated field into trimmed, non-empty items. @example list('16.9, 3.2 ') // ['16.9', '3.2'] */
export function list(text: string): string[] {
  return text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
}

/** The form to post a cooperation request; `onPosted` receives the stored request with its suggestions. */
export function RequestForm({ onPosted }: { onPosted: (r: RequestView) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [types, setTypes] = useState<string[]>([]);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (k: string) => String(f.get(k) ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      onPosted(await postRequest({
        countryIso3: get('country').toUpperCase(), title: get('title'), problem: get('problem'), context: get('context') || null,
        targets: list(get('targets')), tags: list(get('tags')), types,
      }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="innet__form" onSubmit={submit} aria-describedby={error ? `${id}-error` : undefined}>
      <div>
        <label htmlFor={`${id}-title`}>{t('innovationNetwork.form.title')}</label>
        <input id={`${id}-title`} name="title" required maxLength={500} />
      </div>
      <div>
        <label htmlFor={`${id}-problem`}>{t('innovationNetwork.form.problem')}</label>
        <textarea id={`${id}-problem`} name="problem" required rows={4} />
      </div>
      <div>
        <label htmlFor={`${id}-country`}>{t('innovationNetwork.form.country')}</label>
        <input id={`${id}-country`} name="country" required pattern="[A-Za-z]{3}" size={4} dir="ltr" defaultValue="BGD" aria-describedby={`${id}-country-hint`} />
        <span id={`${id}-country-hint`} className="innet__hint">{t('innovationNetwork.form.countryHint')}</span>
      </div>
      <div>
        <label htmlFor={`${id}-targets`}>{t('innovationNetwork.form.targets')}</label>
        <input id={`${id}-targets`} name="targets" dir="ltr" aria-describedby={`${id}-targets-hint`} />
        <span id={`${id}-targets-hint`} className="innet__hint">{t('innovationNetwork.form.targetsHint')}</span>
      </div>
      <div>
        <label htmlFor={`${id}-tags`}>{t('innovationNetwork.form.tags')}</label>
        <input id={`${id}-tags`} name="tags" aria-describedby={`${id}-tags-hint`} />
        <span id={`${id}-tags-hint`} className="innet__hint">{t('innovationNetwork.form.tagsHint')}</span>
      </div>
      <div>
        <label htmlFor={`${id}-context`}>{t('innovationNetwork.form.context')}</label>
        <textarea id={`${id}-context`} name="context" rows={3} />
      </div>
      <fieldset>
        <legend>{t('innovationNetwork.form.types')}</legend>
        {INNOVATION_TYPES.map((ty) => (
          <label key={ty}>
            <input type="checkbox" checked={types.includes(ty)}
              onChange={(e) => setTypes(e.target.checked ? [...types, ty] : types.filter((x) => x !== ty))} />
            {t(`innovationNetwork.type.${ty}`)}
          </label>
        ))}
      </fieldset>
      <FormError error={error} id={`${id}-error`} />
      <div><button type="submit" disabled={busy}>{t('innovationNetwork.form.submit')}</button></div>
    </form>
  );
}
