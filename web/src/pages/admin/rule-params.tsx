import { useId } from 'react';
import type { AdminRule, ValidationRuleKind } from '../../api/admin.ts';
import { useI18n } from '../../i18n/index.tsx';

/** A rule's parameters as the form edits them: every field as text, so a half-typed number stays as typed. */
export interface ParamDraft {
  integer: boolean;
  min: string;
  max: string;
  dimensions: string[];
  dimension: string;
  tolerance: string;
  maxPercent: string;
}

/** The form's fields from a rule's stored params (empty for a new rule). */
export function paramDraft(params: Record<string, unknown> = {}): ParamDraft {
  const text = (v: unknown) => (typeof v === 'number' ? String(v) : '');
  return {
    integer: params.integer === true,
    min: text(params.min),
    max: text(params.max),
    dimensions: Array.isArray(params.dimensions) ? params.dimensions.map(String) : [],
    dimension: typeof params.dimension === 'string' ? params.dimension : '',
    tolerance: text(params.tolerance),
    maxPercent: text(params.maxPercent),
  };
}

/**
 * The params object a kind takes (see ValidationRule), from the form's fields; blank numbers are left out.
 * @example ruleParams('range', { ...paramDraft(), min: '0', max: '100' }) // { min: 0, max: 100 }
 */
export function ruleParams(kind: ValidationRuleKind, draft: ParamDraft): Record<string, unknown> {
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text.replace(',', '.')));
  const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  switch (kind) {
    case 'numeric': return draft.integer ? { integer: true } : {};
    case 'range': return defined({ min: number(draft.min), max: number(draft.max) });
    case 'required_dimensions': return { dimensions: draft.dimensions };
    case 'parts_sum': return defined({ dimension: draft.dimension, tolerance: number(draft.tolerance) ?? 0 });
    case 'yoy_change': return defined({ maxPercent: number(draft.maxPercent) });
  }
}

/**
 * The fields of one rule kind: `numeric` whole numbers only; `range` minimum and maximum; `required_dimensions` the
 * dimensions every value needs; `parts_sum` the dimension whose categories add up to its total, and the tolerance;
 * `yoy_change` the largest change from the previous period in percent. `dimensions` are the indicator's own.
 */
export function RuleParamFields({ kind, draft, onChange, dimensions }: {
  kind: ValidationRuleKind;
  draft: ParamDraft;
  onChange(draft: ParamDraft): void;
  dimensions: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const id = useId();
  const set = (patch: Partial<ParamDraft>) => onChange({ ...draft, ...patch });
  const numberField = (name: 'min' | 'max' | 'tolerance' | 'maxPercent', label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} type="text" inputMode="decimal" value={draft[name]} onChange={(e) => set({ [name]: e.target.value })}
        aria-describedby={hint ? `${id}-${name}-hint` : undefined} />
      {hint && <p id={`${id}-${name}-hint`} className="field__hint">{hint}</p>}
    </div>
  );
  const known = [...dimensions, ...draft.dimensions.filter((d) => !dimensions.some((k) => k.id === d)).map((d) => ({ id: d, name: d }))];

  switch (kind) {
    case 'numeric':
      return (
        <label className="checkbox">
          <input type="checkbox" checked={draft.integer} onChange={(e) => set({ integer: e.target.checked })} />
          <span>{t('admin.rules.params.integer')}</span>
        </label>
      );
    case 'range':
      return <div className="admin-form__grid">{numberField('min', t('admin.rules.params.min'))}{numberField('max', t('admin.rules.params.max'))}</div>;
    case 'yoy_change':
      return numberField('maxPercent', t('admin.rules.params.maxPercent'), t('admin.rules.params.maxPercentHint'));
    case 'parts_sum':
      return (
        <div className="admin-form__grid">
          <div className="field">
            <label htmlFor={`${id}-dimension`}>{t('admin.rules.params.dimension')}</label>
            <select id={`${id}-dimension`} value={draft.dimension} onChange={(e) => set({ dimension: e.target.value })} required>
              <option value="">{t('admin.rules.params.choose')}</option>
              {known.map((d) => <option key={d.id} value={d.id}>{d.name} ({d.id})</option>)}
            </select>
          </div>
          {numberField('tolerance', t('admin.rules.params.tolerance'), t('admin.rules.params.toleranceHint'))}
        </div>
      );
    case 'required_dimensions':
      return (
        <fieldset className="field picker">
          <legend>{t('admin.rules.params.dimensions')}</legend>
          {known.length === 0 && <p className="muted">{t('admin.rules.params.noDimensions')}</p>}
          <ul className="picker__list picker__list--short">
            {known.map((d) => (
              <li key={d.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={draft.dimensions.includes(d.id)}
                    onChange={(e) => set({ dimensions: e.target.checked ? [...draft.dimensions, d.id] : draft.dimensions.filter((x) => x !== d.id) })} />
                  <span>{d.name} <code>{d.id}</code></span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      );
  }
}

/** What a rule asks, in the reader's words: `between 0 and 100`, `needs SEX, AGE`, `at most 20% change`. */
export function useRuleText(): (rule: Pick<AdminRule, 'kind' | 'params'>) => string {
  const { t, formatNumber } = useI18n();
  return ({ kind, params }) => {
    const n = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '');
    switch (kind) {
      case 'numeric': return params.integer === true ? t('admin.rules.text.integer') : t('admin.rules.text.numeric');
      case 'range':
        if (typeof params.min === 'number' && typeof params.max === 'number') return t('admin.rules.text.between', { min: n(params.min), max: n(params.max) });
        return typeof params.min === 'number' ? t('admin.rules.text.atLeast', { min: n(params.min) }) : t('admin.rules.text.atMost', { max: n(params.max) });
      case 'required_dimensions': return t('admin.rules.text.dimensions', { dimensions: (params.dimensions as string[] | undefined ?? []).join(', ') });
      case 'parts_sum': return t('admin.rules.text.partsSum', { dimension: String(params.dimension ?? ''), tolerance: n(params.tolerance ?? 0) });
      case 'yoy_change': return t('admin.rules.text.yoyChange', { maxPercent: n(params.maxPercent) });
    }
  };
}
