import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { listIndicatorChoices } from '../../api/admin.ts';
import { getAreas, getIndicator } from '../../api/client.ts';
import { deleteTarget, getTargets, type IndicatorTargets, type NationalTarget } from '../../api/progress-targets.ts';
import type { Area, IndicatorDetail } from '../../api/types.ts';
import { useSessionExpiry } from '../../auth/index.ts';
import { FormError } from '../../components/form-error.tsx';
import { ErrorMessage, Loading } from '../../components/page-state.tsx';
import { RecordTable } from '../../components/record-table.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ruleText } from '../../progress/rule-text.ts';
import { AdminHeading } from './admin-pages.tsx';
import { ConfirmDialog } from './dialog.tsx';
import { ProgressSettingsForm } from './progress-settings-form.tsx';
import { RowAction } from './row-action.tsx';
import { StatusMessage } from './status-message.tsx';
import { TargetDialog } from './target-dialog.tsx';
import { TargetImport } from './target-import.tsx';
import { useTargetText, type ScopeNames } from './target-text.ts';
import { usePageActions } from './use-page-actions.ts';
import '../../styles/targets-admin.css';

/**
 * `/admin/targets?indicator=3.2.1`: find an indicator by code or title, see its national targets per scope and the
 * global 2030 rule applied where none is set, add, edit or delete a target; import a target file (checked first,
 * then written); and choose the national progress settings (default method, base year).
 */
export function TargetsPage() {
  const { t, lang, formatCode } = useI18n();
  const [params, setParams] = useSearchParams();
  const code = params.get('indicator') ?? '';
  const indicators = useApi((signal) => listIndicatorChoices({ lang, signal }), [lang]);
  useSessionExpiry(indicators.error);
  const [search, setSearch] = useState('');
  const [reloads, setReloads] = useState(0);
  const searchId = useId();
  const pickerId = useId();

  const choose = (next: string) => {
    const updated = new URLSearchParams(params);
    if (next) updated.set('indicator', next);
    else updated.delete('indicator');
    setParams(updated, { replace: true });
  };
  const needle = searchable(search.trim());
  const matches = (indicators.data ?? []).filter((i) => !needle || i.code.toLowerCase().startsWith(needle) || searchable(i.title).includes(needle)
    || i.id === code);

  return (
    <>
      <AdminHeading title={t('targets.title')} />
      <p className="admin-intro">{t('targets.intro')}</p>
      {indicators.error && <ErrorMessage error={indicators.error} retry={indicators.reload} />}
      {!indicators.data && !indicators.error && <Loading />}
      {indicators.data && (
        <div className="admin-filters admin-picker">
          <div className="field">
            <label htmlFor={searchId}>{t('targets.search')}</label>
            <input id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} aria-describedby={`${searchId}-hint`} />
            <p id={`${searchId}-hint`} className="field__hint">{t('targets.searchHint', { n: matches.length })}</p>
          </div>
          <div className="field">
            <label htmlFor={pickerId}>{t('targets.indicator')}</label>
            <select id={pickerId} value={code} onChange={(e) => choose(e.target.value)}>
              <option value="">{t('targets.chooseIndicator')}</option>
              {matches.map((i) => <option key={i.id} value={i.id}>{formatCode(i.code)} {i.title}</option>)}
            </select>
          </div>
        </div>
      )}
      {code && <IndicatorTargetsPanel key={`${code}-${reloads}`} code={code} />}
      <TargetImport onImported={() => setReloads((n) => n + 1)} />
      <ProgressSettingsForm />
    </>
  );
}

/** Text as a search compares it: lower case, every kind of hyphen or dash as `-` (titles write `Under‑5` with U+2011). */
function searchable(text: string): string {
  return text.toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-');
}

type Open = { kind: 'new' } | { kind: 'edit'; target: NationalTarget } | { kind: 'delete'; target: NationalTarget };

function IndicatorTargetsPanel({ code }: { code: string }) {
  const { t, lang, formatCode } = useI18n();
  const indicator = useApi((signal) => getIndicator(code, { lang, signal }), [code, lang]);
  const targets = useApi((signal) => getTargets(code, { lang, signal }), [code, lang]);
  const areas = useApi((signal) => getAreas({ lang, signal }), [lang]);
  useSessionExpiry(indicator.error, targets.error);
  const { open, setOpen, message, done, run, error: deleteError, busy, close } = usePageActions<Open>(targets.reload);

  const error = indicator.error ?? targets.error ?? areas.error;
  if (error) return <ErrorMessage error={error} retry={() => { indicator.reload(); targets.reload(); areas.reload(); }} />;
  if (!indicator.data || !targets.data || !areas.data) return <Loading />;
  const remove = (target: NationalTarget) => run(() => deleteTarget(indicator.data!.id, target), t('targets.deleted'));
  return (
    <section className="panel" aria-labelledby="targets-heading">
      <div className="admin-heading">
        <h2 id="targets-heading">{t('targets.heading', { code: formatCode(indicator.data.code) })}</h2>
        <button type="button" className="button" onClick={() => setOpen({ kind: 'new' })}>{t('targets.add')}</button>
      </div>
      <p>{indicator.data.title}</p>
      <StatusMessage message={message} />
      <GlobalRule rule={targets.data.global} />
      <TargetTable targets={targets.data} indicator={indicator.data} areas={areas.data}
        onEdit={(target) => setOpen({ kind: 'edit', target })} onDelete={(target) => setOpen({ kind: 'delete', target })} />
      {(open?.kind === 'new' || open?.kind === 'edit') && (
        <TargetDialog indicator={indicator.data} areas={areas.data} target={open.kind === 'edit' ? open.target : undefined}
          onClose={() => setOpen(null)} onSaved={() => done(t(open.kind === 'new' ? 'targets.added' : 'targets.saved'))} />
      )}
      {open?.kind === 'delete' && (
        <ConfirmDialog title={t('targets.deleteTitle')} text={t('targets.deleteText')} confirm={t('admin.delete')} busy={busy}
          error={<FormError error={deleteError} />} onConfirm={() => void remove(open.target)} onClose={close} />
      )}
    </section>
  );
}

function GlobalRule({ rule }: { rule: IndicatorTargets['global'] }) {
  const { t } = useI18n();
  return (
    <div className="target-global" role="note">
      <p className="target-global__title"><span className="tag">{t('targets.global')}</span> {t('targets.globalTitle')}</p>
      {rule
        ? <p><strong lang="en" dir="ltr">{ruleText(rule.rule)}</strong>{rule.direction && <> · {t(`targets.directions.${rule.direction}`)}</>}</p>
        : <p>{t('targets.noGlobal')}</p>}
      <p className="field__hint">{t('targets.globalHint')}</p>
    </div>
  );
}

function TargetTable({ targets, indicator, areas, onEdit, onDelete }: {
  targets: IndicatorTargets;
  indicator: IndicatorDetail;
  areas: Area[];
  onEdit(target: NationalTarget): void;
  onDelete(target: NationalTarget): void;
}) {
  const { t, unitName, formatNumber, localDigits } = useI18n();
  const names: ScopeNames = {
    series: (c) => indicator.series.find((s) => s.code === c)?.name ?? c,
    unit: (c) => unitName(c, indicator.codeNames?.UNIT_MEASURE?.[c]),
    area: (c) => areas.find((a) => a.code === c)?.name ?? c,
    code: (id, c) => indicator.series.flatMap((s) => s.dimensions).find((d) => d.id === id)?.codes.find((x) => x.code === c)?.name ?? `${id}=${c}`,
  };
  const { scopeText } = useTargetText(names);
  if (targets.national.length === 0) return <p>{t('targets.empty')}</p>;
  const point = (p: { year: number; value: number } | null) => (p ? `${formatNumber(p.value)} (${localDigits(p.year)})` : '–');
  return (
    <RecordTable className="admin-table" caption={t('targets.caption', { n: targets.national.length })} captionId="targets-caption"
      columns={[{ label: t('targets.fields.scope') }, { label: t('targets.fields.direction') }, { label: t('targets.fields.baseline') },
        { label: t('targets.fields.milestones') }, { label: t('targets.fields.target') }, { label: t('targets.fields.limit'), numeric: true },
        { label: t('admin.actions'), hidden: true }]}>
      {targets.national.map((target) => {
        const scope = scopeText(target);
        return (
          <tr key={scope}>
            <th scope="row">{scope} <span className="tag">{t('targets.national')}</span></th>
            <td>{t(`targets.directions.${target.direction}`)}</td>
            <td>{point(target.baseline)}</td>
            <td>{Object.entries(target.milestones).map(([y, v]) => `${formatNumber(v)} (${localDigits(y)})`).join(', ') || '–'}</td>
            <td>{point(target.target)}</td>
            <td className="numeric">{target.limit === null ? '–' : formatNumber(target.limit)}</td>
            <td className="admin-table__actions">
              <RowAction label={t('admin.edit')} subject={scope} onClick={() => onEdit(target)} />
              <RowAction label={t('admin.delete')} subject={scope} onClick={() => onDelete(target)} danger />
            </td>
          </tr>
        );
      })}
    </RecordTable>
  );
}
