import { useId, useMemo, useState } from 'react';
import {
  getResponsibilities, importResponsibilities, listIndicatorChoices, listOrganisations, type AdminOrganisation,
  type ImportReport, type IndicatorChoice, type Responsibility,
} from '../../api/admin.ts';
import { useSessionExpiry } from '../../auth/index.ts';
import { ErrorMessage, Loading } from '../../components/page-state.tsx';
import { RecordTable } from '../../components/record-table.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useI18n } from '../../i18n/index.tsx';
import { AdminHeading } from './admin-pages.tsx';
import { CsvImport, type ImportConfirmation } from './csv-import.tsx';
import { ResponsibilityDialog } from './responsibility-dialog.tsx';
import { RowAction } from './row-action.tsx';
import { StatusMessage, useStatusMessage } from './status-message.tsx';

/**
 * `/admin/responsibilities`: for each indicator, its lead organisation, co-leads and associates, with a filter and an
 * editor per indicator, and a CSV import of the whole mapping. A banner says when the mapping is illustrative (a
 * sample shipped with the product) rather than the country's own assignment. The import replaces the whole mapping:
 * its check lists what it adds, changes and removes, and an import that removes responsibilities is written only once
 * the admin confirms the removal.
 */
export function ResponsibilitiesPage() {
  const { t, lang, formatNumber } = useI18n();
  const indicators = useApi((signal) => listIndicatorChoices({ lang, signal }), [lang]);
  const organisations = useApi((signal) => listOrganisations({ signal }), []);
  const map = useApi((signal) => getResponsibilities({ signal }), []);
  useSessionExpiry(indicators.error, organisations.error, map.error);
  const [filter, setFilter] = useState('');
  const [withoutLead, setWithoutLead] = useState(false);
  const [editing, setEditing] = useState<IndicatorChoice | null>(null);
  const [message, announce] = useStatusMessage();
  const filterId = useId();

  const byIndicator = useMemo(() => {
    const out = new Map<string, Responsibility[]>();
    for (const r of map.data?.items ?? []) out.set(r.indicator, [...(out.get(r.indicator) ?? []), r]);
    return out;
  }, [map.data]);
  const names = useMemo(() => new Map((organisations.data ?? []).map((o) => [o.id, o.name])), [organisations.data]);

  const error = indicators.error ?? organisations.error ?? map.error;
  const ready = indicators.data && organisations.data && map.data;
  const needle = filter.trim().toLowerCase();
  const rows = (indicators.data ?? []).filter((indicator) => {
    const held = byIndicator.get(indicator.id) ?? [];
    if (withoutLead && held.some((r) => r.role === 'lead')) return false;
    if (!needle) return true;
    return indicator.code.toLowerCase().startsWith(needle) || indicator.title.toLowerCase().includes(needle)
      || held.some((r) => r.organisation.toLowerCase() === needle || r.organisationName.toLowerCase().includes(needle));
  });

  return (
    <>
      <AdminHeading title={t('admin.sections.responsibilities')} />
      {map.data?.status === 'none' && (
        <div className="banner banner--warning" role="note">
          <p className="banner__title">{t('admin.responsibilities.noneTitle')}</p>
          <p>{t('admin.responsibilities.noneText')}</p>
        </div>
      )}
      {map.data?.status === 'illustrative' && (
        <div className="banner banner--warning" role="note">
          <p className="banner__title">{t('admin.responsibilities.illustrativeTitle')}</p>
          <p>{t('admin.responsibilities.illustrativeText')}</p>
        </div>
      )}
      <StatusMessage message={message} />
      {error && <ErrorMessage error={error} retry={() => { indicators.reload(); organisations.reload(); map.reload(); }} />}
      {!ready && !error && <Loading />}
      {ready && (
        <section className="panel" aria-labelledby="responsibility-heading">
          <h2 id="responsibility-heading">{t('admin.responsibilities.heading')}</h2>
          <div className="admin-filters">
            <div className="field">
              <label htmlFor={filterId}>{t('admin.responsibilities.filter')}</label>
              <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
            </div>
            <label className="checkbox">
              <input type="checkbox" checked={withoutLead} onChange={(e) => setWithoutLead(e.target.checked)} />
              <span>{t('admin.responsibilities.withoutLead')}</span>
            </label>
          </div>
          <p role="status" className="muted">{t('admin.responsibilities.shown', { n: formatNumber(rows.length), total: formatNumber(indicators.data!.length) })}</p>
          <ResponsibilityTable rows={rows} byIndicator={byIndicator} names={names} onEdit={setEditing} />
        </section>
      )}
      <CsvImport heading={t('admin.responsibilities.importTitle')} intro={t('admin.responsibilities.importIntro')}
        columns="indicator, organisation, role" run={importResponsibilities}
        confirmation={(report) => removalConfirmation(report, t, formatNumber)}
        onImported={() => { announce(t('admin.responsibilities.imported')); map.reload(); }} />
      {editing && organisations.data && (
        <ResponsibilityDialog indicator={editing} organisations={organisations.data as AdminOrganisation[]}
          current={byIndicator.get(editing.id) ?? []} onClose={() => setEditing(null)}
          onSaved={() => { setEditing(null); announce(t('admin.responsibilities.saved', { code: editing.code })); map.reload(); }} />
      )}
    </>
  );
}

/**
 * What to ask before an import that removes responsibilities (pairs not in the file), or null when it removes none:
 * the counts of removed, added and changed pairs, and a confirm button that names how many go.
 */
function removalConfirmation(
  report: ImportReport, t: ReturnType<typeof useI18n>['t'], formatNumber: (n: number) => string,
): ImportConfirmation | null {
  const removed = report.removed ?? 0;
  if (removed <= 0) return null;
  const values = { removed: formatNumber(removed), added: formatNumber(report.added ?? 0), changed: formatNumber(report.changed ?? 0) };
  return {
    note: t('admin.responsibilities.removalNote', values),
    title: t('admin.responsibilities.removalTitle'),
    text: t('admin.responsibilities.removalText', values),
    confirm: t('admin.responsibilities.removalConfirm', values),
  };
}

function ResponsibilityTable({ rows, byIndicator, names, onEdit }: {
  rows: IndicatorChoice[];
  byIndicator: Map<string, Responsibility[]>;
  names: Map<string, string>;
  onEdit(indicator: IndicatorChoice): void;
}) {
  const { t, formatCode } = useI18n();
  const cell = (held: Responsibility[], role: Responsibility['role']) => {
    const ids = held.filter((r) => r.role === role).map((r) => r.organisation);
    return ids.length ? ids.map((id) => <span key={id} className="org-chip" title={names.get(id) ?? id}>
      {id}{names.has(id) && <span className="visually-hidden"> ({names.get(id)})</span>}
    </span>) : '–';
  };
  return (
    <RecordTable className="admin-table admin-table--plain" caption={t('admin.responsibilities.heading')} captionId="responsibility-caption" captionHidden
      columns={[{ label: t('admin.responsibilities.indicator') }, { label: t('admin.responsibilities.roles.lead') },
        { label: t('admin.responsibilities.roles.co_lead') }, { label: t('admin.responsibilities.roles.associate') },
        { label: t('admin.actions'), hidden: true }]}>
      {rows.map((indicator) => {
        const held = byIndicator.get(indicator.id) ?? [];
        return (
          <tr key={indicator.id}>
            <th scope="row"><span className="admin-table__code">{formatCode(indicator.code)}</span> {indicator.title}</th>
            <td>{cell(held, 'lead')}</td>
            <td>{cell(held, 'co_lead')}</td>
            <td>{cell(held, 'associate')}</td>
            <td className="admin-table__actions">
              <RowAction label={t('admin.edit')} subject={indicator.code} onClick={() => onEdit(indicator)} />
            </td>
          </tr>
        );
      })}
    </RecordTable>
  );
}
