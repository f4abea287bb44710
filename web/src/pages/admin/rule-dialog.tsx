import { useState } from 'react';
import { createRule, updateRule, type AdminRule, type Severity, type ValidationRuleKind } from '../../api/admin.ts';
import type { IndicatorDetail } from '../../api/types.ts';
import { VALIDATION_RULE_KINDS } from '../../../../src/domain/workflow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormDialog } from './dialog.tsx';
import { paramDraft, RuleParamFields, ruleParams } from './rule-params.tsx';

/**
 * Add a validation rule to an indicator or edit one: its kind (with the fields that kind takes), severity (an error
 * blocks a submission, a warning needs an explanation), and optionally the one series and unit it covers.
 */
export function RuleDialog({ indicator, rule, onClose, onSaved }: {
  indicator: IndicatorDetail;
  rule?: AdminRule;
  onClose(): void;
  onSaved(rule: AdminRule): void;
}) {
  const { t, formatCode, unitName } = useI18n();
  const [kind, setKind] = useState<ValidationRuleKind>(rule?.kind ?? 'range');
  const [severity, setSeverity] = useState<Severity>(rule?.severity ?? 'error');
  const [series, setSeries] = useState(rule?.series ?? '');
  const [unit, setUnit] = useState(rule?.unit ?? '');
  const [draft, setDraft] = useState(paramDraft(rule?.params));

  const chosenSeries = indicator.series.filter((s) => !series || s.code === series);
  const units = [...new Set(chosenSeries.flatMap((s) => s.units))];
  const dimensions = [...new Map(chosenSeries.flatMap((s) => s.dimensions).map((d) => [d.id, { id: d.id, name: d.name }])).values()];

  const save = async () => {
    const input = { indicatorId: indicator.id, kind, severity, series: series || null, unit: unit || null, params: ruleParams(kind, draft) };
    onSaved(rule?.id ? await updateRule(rule.id, input) : await createRule(input));
  };

  return (
    <FormDialog title={rule ? t('admin.rules.editTitle', { code: formatCode(indicator.code) }) : t('admin.rules.newTitle', { code: formatCode(indicator.code) })}
      onClose={onClose} wide submitLabel={rule ? t('admin.save') : t('admin.rules.add')} onSubmit={save}>
      <div className="admin-form__grid">
        <div className="field">
          <label htmlFor="rule-kind">{t('admin.rules.kind')}</label>
          <select id="rule-kind" value={kind} onChange={(e) => setKind(e.target.value as ValidationRuleKind)} aria-describedby="rule-kind-hint">
            {VALIDATION_RULE_KINDS.map((k) => <option key={k} value={k}>{t(`admin.rules.kinds.${k}`)}</option>)}
          </select>
          <p id="rule-kind-hint" className="field__hint">{t(`admin.rules.kindHints.${kind}`)}</p>
        </div>
        <fieldset className="field field--radios">
          <legend>{t('admin.rules.severity')}</legend>
          {(['error', 'warning'] as const).map((s) => (
            <label key={s} className="radio">
              <input type="radio" name="rule-severity" value={s} checked={severity === s} onChange={() => setSeverity(s)} />
              <span><strong>{t(`admin.rules.severities.${s}`)}</strong> — {t(`admin.rules.severityHints.${s}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <RuleParamFields kind={kind} draft={draft} onChange={setDraft} dimensions={dimensions} />
      <div className="admin-form__grid">
        <div className="field">
          <label htmlFor="rule-series">{t('admin.rules.series')}</label>
          <select id="rule-series" value={series} onChange={(e) => { setSeries(e.target.value); setUnit(''); }}>
            <option value="">{t('admin.rules.allSeries')}</option>
            {indicator.series.map((s) => <option key={s.code} value={s.code}>{s.name} ({s.code})</option>)}
            {series && !indicator.series.some((s) => s.code === series) && <option value={series}>{series}</option>}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rule-unit">{t('admin.rules.unit')}</label>
          <select id="rule-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">{t('admin.rules.allUnits')}</option>
            {units.map((u) => <option key={u} value={u}>{unitName(u, indicator.codeNames?.UNIT_MEASURE?.[u])}</option>)}
            {unit && !units.includes(unit) && <option value={unit}>{unit}</option>}
          </select>
        </div>
      </div>
    </FormDialog>
  );
}
