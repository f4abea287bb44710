import { useId, useState } from 'react';
import type { AdminOrganisation } from '../../api/admin.ts';
import { useI18n } from '../../i18n/index.tsx';

/**
 * Choose any number of organisations: a group of checkboxes, one per organisation (name and code), with a filter
 * box when the list is long. The chosen ones are listed first so they stay in view.
 */
export function OrganisationPicker({ legend, organisations, value, onChange, hint }: {
  legend: string;
  organisations: AdminOrganisation[];
  value: string[];
  onChange(ids: string[]): void;
  hint?: string;
}) {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const hintId = useId();
  const chosen = new Set(value);
  const needle = filter.trim().toLowerCase();
  const shown = organisations
    .filter((o) => chosen.has(o.id) || !needle || o.id.toLowerCase().includes(needle) || o.name.toLowerCase().includes(needle))
    .sort((a, b) => Number(chosen.has(b.id)) - Number(chosen.has(a.id)) || a.name.localeCompare(b.name));
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));

  return (
    <fieldset className="field picker" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && <p id={hintId} className="field__hint">{hint}</p>}
      {organisations.length > 8 && (
        <div className="picker__filter">
          <label htmlFor={filterId}>{t('admin.filter')}</label>
          <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
      )}
      {organisations.length === 0 && <p className="muted">{t('admin.organisations.none')}</p>}
      <ul className="picker__list">
        {shown.map((o) => (
          <li key={o.id}>
            <label className="checkbox">
              <input type="checkbox" checked={chosen.has(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
              <span>{o.name} <code>{o.id}</code></span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
