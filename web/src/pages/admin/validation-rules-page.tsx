import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { deleteRule, listIndicatorChoices, listRules, type AdminRule } from '../../api/admin.ts';
import { getIndicator } from '../../api/client.ts';
import type { IndicatorDetail } from '../../api/types.ts';
import { useSessionExpiry } from '../../auth/index.ts';
import { FormError } from '../../components/form-error.tsx';
import { ErrorMessage, Loading } from '../../components/page-state.tsx';
import { RecordTable } from '../../components/record-table.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useI18n } from '../../i18n/index.tsx';
import { AdminHeading } from './admin-pages.tsx';
import { ConfirmDialog } from './dialog.tsx';
import { RowAction } from './row-action.tsx';
import { RuleDialog } from './rule-dialog.tsx';
import { useRuleText } from './rule-params.tsx';
import { StatusMessage } from './status-message.tsx';
import { usePageActions } from './use-page-actions.ts';

/**
 * `/admin/validation-rules?indicator=3.2.1`: choose an indicator, then see the rules its values are checked against
 * (the built-in ones marked), add one, edit or delete the configured ones. The chosen indicator is in the address.
 */
export function ValidationRulesPage() {
  const { t, lang, formatCode } = useI18n();
  const [params, setParams] = useSearchParams();
  const code = params.get('indicator') ?? '';
  const indicators = useApi((signal) => listIndicatorChoices({ lang, signal }), [lang]);
  const pickerId = useId();

  const choose = (next: string) => {
    const updated = new URLSearchParams(params);
    if (next) updated.set('indicator', next);
    else updated.delete('indicator');
    setParams(updated, { replace: true });
  };

  return (
    <>
      <AdminHeading title={t('admin.sections.validationRules')} />
      <p className="admin-intro">{t('admin.rules.intro')}</p>
      {indicators.error && <ErrorMessage error={indicators.error} retry={indicators.reload} />}
      {!indicators.data && !indicators.error && <Loading />}
      {indicators.data && (
        <div className="field admin-picker">
          <label htmlFor={pickerId}>{t('admin.rules.indicator')}</label>
          <select id={pickerId} value={code} onChange={(e) => choose(e.target.value)}>
            <option value="">{t('admin.rules.chooseIndicator')}</option>
            {indicators.data.map((i) => <option key={i.id} value={i.id}>{formatCode(i.code)} {i.title}</option>)}
          </select>
        </div>
      )}
      {code && <IndicatorRules key={code} code={code} />}
    </>
  );
}

type Open = { kind: 'new' } | { kind: 'edit'; rule: AdminRule } | { kind: 'delete'; rule: AdminRule };

function IndicatorRules({ code }: { code: string }) {
  const { t, lang, formatCode } = useI18n();
  const indicator = useApi((signal) => getIndicator(code, { lang, signal }), [code, lang]);
  const rules = useApi((signal) => listRules(code, { signal }), [code]);
  useSessionExpiry(indicator.error, rules.error);
  const { open, setOpen, message, done, run, error: deleteError, close } = usePageActions<Open>(rules.reload);
  const remove = (rule: AdminRule) => run(() => deleteRule(rule.id!), t('admin.rules.deleted'));

  const error = indicator.error ?? rules.error;
  if (error) return <ErrorMessage error={error} retry={() => { indicator.reload(); rules.reload(); }} />;
  if (!indicator.data || !rules.data) return <Loading />;
  return (
    <section className="panel" aria-labelledby="rules-heading">
      <div className="admin-heading">
        <h2 id="rules-heading">{t('admin.rules.heading', { code: formatCode(indicator.data.code) })}</h2>
        <button type="button" className="button" onClick={() => setOpen({ kind: 'new' })}>{t('admin.rules.add')}</button>
      </div>
      <p>{indicator.data.title}</p>
      <StatusMessage message={message} />
      <RuleTable rules={rules.data} indicator={indicator.data} onEdit={(rule) => setOpen({ kind: 'edit', rule })}
        onDelete={(rule) => setOpen({ kind: 'delete', rule })} />
      {(open?.kind === 'new' || open?.kind === 'edit') && (
        <RuleDialog indicator={indicator.data} rule={open.kind === 'edit' ? open.rule : undefined} onClose={() => setOpen(null)}
          onSaved={() => done(t(open.kind === 'new' ? 'admin.rules.added' : 'admin.rules.saved'))} />
      )}
      {open?.kind === 'delete' && (
        <ConfirmDialog title={t('admin.rules.deleteTitle')} text={t('admin.rules.deleteText')} confirm={t('admin.delete')}
          error={<FormError error={deleteError} />} onConfirm={() => void remove(open.rule)} onClose={close} />
      )}
    </section>
  );
}

function RuleTable({ rules, indicator, onEdit, onDelete }: {
  rules: AdminRule[];
  indicator: IndicatorDetail;
  onEdit(rule: AdminRule): void;
  onDelete(rule: AdminRule): void;
}) {
  const { t, unitName } = useI18n();
  const ruleText = useRuleText();
  if (rules.length === 0) return <p>{t('admin.rules.empty')}</p>;
  const seriesName = (code: string) => indicator.series.find((s) => s.code === code)?.name ?? code;
  return (
    <RecordTable className="admin-table" caption={t('admin.rules.caption')} captionId="rules-caption" captionHidden
      columns={[{ label: t('admin.rules.kind') }, { label: t('admin.rules.check') }, { label: t('admin.rules.severity') },
        { label: t('admin.rules.appliesTo') }, { label: t('admin.actions'), hidden: true }]}>
      {rules.map((rule, i) => (
        <tr key={rule.id ?? `built-in-${i}`}>
          <th scope="row">
            {t(`admin.rules.kinds.${rule.kind}`)}
            {(rule.builtIn || rule.id === null) && <span className="tag">{t('admin.rules.builtIn')}</span>}
          </th>
          <td>{ruleText(rule)}</td>
          <td><span className={`severity severity--${rule.severity}`}>{t(`admin.rules.severities.${rule.severity}`)}</span></td>
          <td>
            {[rule.series ? seriesName(rule.series) : t('admin.rules.allSeries'),
              rule.unit ? unitName(rule.unit, indicator.codeNames?.UNIT_MEASURE?.[rule.unit]) : null,
              rule.unitKind === 'percent' ? t('admin.rules.percentUnits') : null].filter(Boolean).join(' · ')}
          </td>
          <td className="admin-table__actions">
            {rule.id !== null && !rule.builtIn && (
              <>
                <RowAction label={t('admin.edit')} subject={t(`admin.rules.kinds.${rule.kind}`)} onClick={() => onEdit(rule)} />
                <RowAction label={t('admin.delete')} subject={t(`admin.rules.kinds.${rule.kind}`)} onClick={() => onDelete(rule)} danger />
              </>
            )}
          </td>
        </tr>
      ))}
    </RecordTable>
  );
}
