import { useI18n } from '../i18n/index.tsx';
import { methodName } from '../progress/progress-words.ts';
import type { ProgressMethods } from '../progress/progress-types.ts';
import type { DashboardQuery, Scopes } from './dashboard-api.ts';

/**
 * The method, area and breakdown of the dashboard as three selects. The national default method is named so; the
 * area list starts with the country; a breakdown is one code of one dimension (`SEX:F`), each with how many
 * indicators have data for it ("1 indicator", "2 indicators": the count picks the language's plural form).
 */
export function ScopeControls({ methods, scopes, method, area, dimension, onChange }: {
  methods: ProgressMethods;
  scopes: Scopes | undefined;
  method: string;
  area: string | null;
  dimension: string | null;
  onChange(change: DashboardQuery): void;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const [country, ...districts] = scopes?.areas ?? [];
  const sorted = [...districts].sort((a, b) => a.name.localeCompare(b.name, i18n.lang));
  const dimensions = [...(scopes?.dimensions ?? [])].sort((a, b) => Number(a.id !== a.id.toUpperCase()) - Number(b.id !== b.id.toUpperCase())
    || a.name.localeCompare(b.name, i18n.lang));
  return (
    <form className="dashboard-controls" onSubmit={(e) => e.preventDefault()} aria-label={t('progress.dashboard.controls')}>
      <div className="field">
        <label htmlFor="dashboard-method">{t('progress.dashboard.method')}</label>
        <select id="dashboard-method" value={method} onChange={(e) => onChange({ method: e.target.value === methods.default ? null : e.target.value })}>
          {methods.methods.map((m) => (
            <option key={m.id} value={m.id}>
              {m.id === methods.default
                ? t('progress.dashboard.nationalDefault', { name: methodName(i18n, m.id, m.name) })
                : methodName(i18n, m.id, m.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="dashboard-area">{t('progress.dashboard.area')}</label>
        <select id="dashboard-area" value={area ?? ''} onChange={(e) => onChange({ area: e.target.value || null })} disabled={!scopes}>
          <option value="">{country ? t('progressScope.scopeOption', { name: country.name, n: formatNumber(country.indicators), count: country.indicators }) : t('progress.dashboard.country')}</option>
          {sorted.map((a) => (
            <option key={a.code} value={a.code}>{t('progressScope.scopeOption', { name: a.name, n: formatNumber(a.indicators), count: a.indicators })}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="dashboard-dimension">{t('progress.dashboard.dimension')}</label>
        <select id="dashboard-dimension" value={dimension ?? ''} onChange={(e) => onChange({ dimension: e.target.value || null })} disabled={!scopes}>
          <option value="">{t('progress.dashboard.everyone')}</option>
          {dimensions.map((d) => (
            <optgroup key={d.id} label={d.name}>
              {d.codes.map((c) => (
                <option key={c.code} value={`${d.id}:${c.code}`}>
                  {t('progressScope.scopeOption', { name: `${d.name}: ${c.name}`, n: formatNumber(c.indicators), count: c.indicators })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
    </form>
  );
}
