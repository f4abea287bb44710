import { useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';

/** Unit multipliers offered (powers of ten, SDMX UNIT_MULT): units, thousands, millions, billions. */
const UNIT_MULTS = [0, 3, 6, 9];
/** SDMX NATURE codes of the SDG data structure: country data, adjusted, estimated, global monitoring, modelled, not relevant. */
const NATURES = ['C', 'CA', 'E', 'G', 'M', 'N'];
/** SDMX OBS_STATUS codes: normal, break, definition differs, estimated, forecast, experimental, imputed, not significant, provisional, low reliability, unvalidated. */
const STATUSES = ['A', 'B', 'D', 'E', 'F', 'G', 'I', 'N', 'P', 'U', 'V'];

/**
 * The attributes of one value: unit multiplier, nature, observation status, source (SOURCE_DETAIL) and footnote
 * (COMMENT_OBS). `onSave` gets the multiplier and every attribute (empty ones left out).
 */
export function CellAttributes({ unitMult, attributes, disabled, onSave }: {
  unitMult: number | null;
  attributes: Record<string, string>;
  disabled: boolean;
  onSave: (unitMult: number | null, attributes: Record<string, string>) => Promise<boolean>;
}) {
  const { t, codeLabel } = useI18n();
  const id = useId();
  const [mult, setMult] = useState(unitMult === null ? '' : String(unitMult));
  const [values, setValues] = useState(attributes);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setMult(unitMult === null ? '' : String(unitMult));
    setValues(attributes);
    setSaved(false);
  }, [unitMult, attributes]);

  const set = (name: string, value: string) => {
    setSaved(false);
    setValues((all) => ({ ...all, [name]: value }));
  };
  const save = async () => {
    const kept = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
    setSaved(await onSave(mult === '' ? null : Number(mult), kept));
  };
  const choice = (name: string, codes: string[], concept: 'NATURE' | 'OBS_STATUS') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t(`work.attributes.${name}`)}</label>
      <select id={`${id}-${name}`} value={values[name] ?? ''} disabled={disabled} onChange={(e) => set(name, e.target.value)}>
        <option value="">{t('work.attributes.none')}</option>
        {[...new Set([...codes, ...(values[name] ? [values[name]!] : [])])].map((code) => (
          <option key={code} value={code}>
            {`${code} — ${concept === 'OBS_STATUS' && code === 'A' ? t('work.attributes.statusNormal') : codeLabel(concept, code)}`}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="work-attributes" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <fieldset disabled={disabled}>
        <legend>{t('work.attributes.heading')}</legend>
        <div className="work-attributes__grid">
          <div className="field">
            <label htmlFor={`${id}-mult`}>{t('work.attributes.unitMult')}</label>
            <select id={`${id}-mult`} value={mult} onChange={(e) => { setSaved(false); setMult(e.target.value); }}>
              <option value="">{t('work.attributes.none')}</option>
              {[...new Set([...UNIT_MULTS, ...(unitMult === null ? [] : [unitMult])])].map((m) => (
                <option key={m} value={String(m)}>{m === 0 ? t('work.attributes.units') : codeLabel('UNIT_MULT', String(m))}</option>
              ))}
            </select>
          </div>
          {choice('NATURE', NATURES, 'NATURE')}
          {choice('OBS_STATUS', STATUSES, 'OBS_STATUS')}
          <div className="field">
            <label htmlFor={`${id}-source`}>{t('work.attributes.SOURCE_DETAIL')}</label>
            <input id={`${id}-source`} type="text" value={values.SOURCE_DETAIL ?? ''} onChange={(e) => set('SOURCE_DETAIL', e.target.value)} />
          </div>
          <div className="field work-attributes__wide">
            <label htmlFor={`${id}-footnote`}>{t('work.attributes.COMMENT_OBS')}</label>
            <textarea id={`${id}-footnote`} rows={2} value={values.COMMENT_OBS ?? ''} onChange={(e) => set('COMMENT_OBS', e.target.value)} />
          </div>
        </div>
        <button type="submit" className="button work-button-secondary">{t('work.attributes.save')}</button>
        {saved && <span className="work-note" role="status">{t('work.attributes.saved')}</span>}
      </fieldset>
    </form>
  );
}
