import { useEffect, useId, useState, type FormEvent } from 'react';
import { getProgressSettings, saveProgressSettings, type ProgressSettings } from '../../api/progress-targets.ts';
import { FormError } from '../../components/form-error.tsx';
import { ErrorMessage, Loading } from '../../components/page-state.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PROGRESS_METHODS } from '../../../../src/analysis/progress/index.ts';
import { StatusMessage, useStatusMessage } from './status-message.tsx';

/**
 * "Progress settings": the method the site assesses progress with unless a reader picks another (each with a line on
 * what it measures), the base year its figures start from, and the two ESCAP anticipated-progress thresholds.
 */
export function ProgressSettingsForm() {
  const { t } = useI18n();
  const settings = useApi((signal) => getProgressSettings({ signal }), []);
  const [draft, setDraft] = useState<{ method: string; baseYear: string; maintain: string; reverse: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, announce] = useStatusMessage();
  const headingId = useId();

  useEffect(() => {
    if (settings.data) setDraft(draftOf(settings.data));
  }, [settings.data]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await saveProgressSettings({
        method: draft.method, baseYear: Number(draft.baseYear),
        escapThresholds: { maintain: Number(draft.maintain), reverse: Number(draft.reverse) },
      });
      setDraft(draftOf(saved));
      announce(t('targets.settings.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('targets.settings.heading')}</h2>
      <p>{t('targets.settings.intro')}</p>
      <StatusMessage message={message} />
      {settings.error && <ErrorMessage error={settings.error} retry={settings.reload} />}
      {!draft && !settings.error && <Loading />}
      {draft && (
        <form className="admin-form" onSubmit={(e) => void save(e)}>
          <FormError error={error} />
          <fieldset className="field field--radios">
            <legend>{t('targets.settings.method')}</legend>
            {PROGRESS_METHODS.map((m) => (
              <label key={m} className="radio">
                <input type="radio" name="progress-method" value={m} checked={draft.method === m} onChange={() => setDraft({ ...draft, method: m })} />
                <span><strong>{t(`targets.methods.${m}.name`)}</strong> — {t(`targets.methods.${m}.description`)}</span>
              </label>
            ))}
          </fieldset>
          <div className="admin-form__grid">
            <div className="field progress-base-year">
              <label htmlFor="progress-base-year">{t('targets.settings.baseYear')}</label>
              <input id="progress-base-year" type="number" min={2000} max={2030} step={1} required value={draft.baseYear}
                aria-describedby="progress-base-year-hint" onChange={(e) => setDraft({ ...draft, baseYear: e.target.value })} />
              <p id="progress-base-year-hint" className="field__hint">{t('targets.settings.baseYearHint')}</p>
            </div>
          </div>
          <details className="names-field">
            <summary>{t('targets.settings.thresholds')}</summary>
            <p className="field__hint">{t('targets.settings.thresholdsHint')}</p>
            <div className="admin-form__grid">
              <div className="field">
                <label htmlFor="progress-maintain">{t('targets.settings.maintain')}</label>
                <input id="progress-maintain" type="number" step="any" required value={draft.maintain} onChange={(e) => setDraft({ ...draft, maintain: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor="progress-reverse">{t('targets.settings.reverse')}</label>
                <input id="progress-reverse" type="number" step="any" max={0} required value={draft.reverse} onChange={(e) => setDraft({ ...draft, reverse: e.target.value })} />
              </div>
            </div>
          </details>
          <div className="admin-form__buttons">
            <button type="submit" className="button" disabled={busy}>{t('targets.settings.save')}</button>
          </div>
        </form>
      )}
    </section>
  );
}

function draftOf(s: ProgressSettings) {
  return { method: s.method, baseYear: String(s.baseYear), maintain: String(s.escapThresholds.maintain), reverse: String(s.escapThresholds.reverse) };
}
