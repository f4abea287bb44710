import { useId, useState } from 'react';
import {
  setResponsibilities, type AdminOrganisation, type IndicatorChoice, type Responsibility, type ResponsibilityRole,
} from '../../api/admin.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormDialog } from './dialog.tsx';
import { OrganisationPicker } from './organisation-picker.tsx';

/**
 * Who answers for one indicator: one lead (or none), any number of co-leads and associates. An organisation holds
 * one role per indicator, so choosing it for one role takes it out of the others. Saving replaces the indicator's
 * whole list (`PUT /indicators/{code}/responsibilities`).
 */
export function ResponsibilityDialog({ indicator, organisations, current, onClose, onSaved }: {
  indicator: IndicatorChoice;
  organisations: AdminOrganisation[];
  current: Responsibility[];
  onClose(): void;
  onSaved(): void;
}) {
  const { t, formatCode } = useI18n();
  const of = (role: ResponsibilityRole) => current.filter((r) => r.role === role).map((r) => r.organisation);
  const [lead, setLead] = useState(of('lead')[0] ?? '');
  const [coLeads, setCoLeads] = useState(of('co_lead'));
  const [associates, setAssociates] = useState(of('associate'));
  const leadId = useId();
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name));

  const chooseLead = (id: string) => {
    setLead(id);
    setCoLeads((list) => list.filter((o) => o !== id));
    setAssociates((list) => list.filter((o) => o !== id));
  };
  const chooseCoLeads = (ids: string[]) => {
    setCoLeads(ids);
    setAssociates((list) => list.filter((o) => !ids.includes(o)));
    if (ids.includes(lead)) setLead('');
  };
  const chooseAssociates = (ids: string[]) => {
    setAssociates(ids);
    setCoLeads((list) => list.filter((o) => !ids.includes(o)));
    if (ids.includes(lead)) setLead('');
  };

  const save = async () => {
    await setResponsibilities(indicator.id, [
      ...(lead ? [{ organisation: lead, role: 'lead' as const }] : []),
      ...coLeads.map((organisation) => ({ organisation, role: 'co_lead' as const })),
      ...associates.map((organisation) => ({ organisation, role: 'associate' as const })),
    ]);
    onSaved();
  };

  return (
    <FormDialog title={t('admin.responsibilities.editTitle', { code: formatCode(indicator.code) })} onClose={onClose} wide
      submitLabel={t('admin.save')} onSubmit={save} intro={<p>{indicator.title}</p>}>
      <div className="field">
        <label htmlFor={leadId}>{t('admin.responsibilities.roles.lead')}</label>
        <select id={leadId} value={lead} onChange={(e) => chooseLead(e.target.value)} aria-describedby={`${leadId}-hint`}>
          <option value="">{t('admin.responsibilities.noLead')}</option>
          {sorted.map((o) => <option key={o.id} value={o.id}>{o.name} ({o.id})</option>)}
        </select>
        <p id={`${leadId}-hint`} className="field__hint">{t('admin.responsibilities.leadHint')}</p>
      </div>
      <div className="admin-form__columns">
        <OrganisationPicker legend={t('admin.responsibilities.roles.co_lead')} organisations={organisations} value={coLeads} onChange={chooseCoLeads} />
        <OrganisationPicker legend={t('admin.responsibilities.roles.associate')} organisations={organisations} value={associates} onChange={chooseAssociates} />
      </div>
    </FormDialog>
  );
}
