import { useState } from 'react';
import {
  createOrganisation, updateOrganisation, type AdminOrganisation, type OrganisationKind,
} from '../../api/admin.ts';
import { ORGANISATION_KINDS } from '../../../../src/domain/workflow.ts';
import { useSite } from '../../components/site-context.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { FormDialog } from './dialog.tsx';
import { selfAndDescendants } from './organisation-tree.ts';

/**
 * Create an organisation (code, name, kind, parent) or edit one (name, kind, parent; the code is its key). The
 * parent list leaves out the organisation itself and everything below it, so the tree keeps no cycle.
 */
export function OrganisationDialog({ organisation, parent, organisations, onClose, onSaved }: {
  organisation?: AdminOrganisation;
  parent: string | null;
  organisations: AdminOrganisation[];
  onClose(): void;
  onSaved(organisation: AdminOrganisation): void;
}) {
  const { t } = useI18n();
  const [id, setId] = useState(organisation?.id ?? '');
  const [name, setName] = useState(organisation?.name ?? '');
  const [kind, setKind] = useState<OrganisationKind>(organisation?.kind ?? (parent ? 'division' : 'ministry'));
  const [parentId, setParentId] = useState(organisation?.parent ?? parent ?? '');
  const [names, setNames] = useState<Record<string, string>>(organisation?.names ?? {});
  const site = useSite();
  const otherLanguages = (site?.languages ?? []).filter((l) => l.code !== (site?.defaultLanguage ?? 'en'));
  const excluded = organisation ? selfAndDescendants(organisations, organisation.id) : new Set<string>();
  const parents = organisations.filter((o) => !excluded.has(o.id)).sort((a, b) => a.name.localeCompare(b.name));

  const save = async () => {
    const fields = { name: name.trim(), kind, parent: parentId || null, names: changedNames(organisation?.names ?? {}, names) };
    onSaved(organisation ? await updateOrganisation(organisation.id, fields) : await createOrganisation({ id: id.trim(), ...fields }));
  };

  return (
    <FormDialog title={organisation ? t('admin.organisations.editTitle', { name: organisation.name }) : t('admin.organisations.newTitle')}
      onClose={onClose} wide submitLabel={organisation ? t('admin.save') : t('admin.organisations.create')} onSubmit={save}>
      {!organisation && (
        <div className="field">
          <label htmlFor="organisation-id">{t('admin.organisations.code')}</label>
          <input id="organisation-id" required value={id} onChange={(e) => setId(e.target.value)} aria-describedby="organisation-id-hint"
            autoComplete="off" spellCheck={false} />
          <p id="organisation-id-hint" className="field__hint">{t('admin.organisations.codeHint')}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor="organisation-name">{t('admin.organisations.name')}</label>
        <input id="organisation-name" required value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      {otherLanguages.length > 0 && (
        <details className="names-field" open={Object.keys(organisation?.names ?? {}).length > 0}>
          <summary>{t('admin.organisations.otherNames')}</summary>
          <div className="admin-form__grid">
            {otherLanguages.map((l) => (
              <div className="field" key={l.code}>
                <label htmlFor={`organisation-name-${l.code}`}>{t('admin.organisations.nameIn', { language: t(`languages.${l.code}`, { defaultValue: l.name }) })}</label>
                <input id={`organisation-name-${l.code}`} lang={l.code} dir="auto" value={names[l.code] ?? ''}
                  onChange={(e) => setNames((all) => ({ ...all, [l.code]: e.target.value }))} />
              </div>
            ))}
          </div>
        </details>
      )}
      <div className="field">
        <label htmlFor="organisation-kind">{t('admin.organisations.kind')}</label>
        <select id="organisation-kind" value={kind} onChange={(e) => setKind(e.target.value as OrganisationKind)}>
          {ORGANISATION_KINDS.map((k) => <option key={k} value={k}>{t(`admin.organisations.kinds.${k}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="organisation-parent">{t('admin.organisations.parent')}</label>
        <select id="organisation-parent" value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">{t('admin.organisations.noParent')}</option>
          {parents.map((o) => <option key={o.id} value={o.id}>{o.name} ({o.id})</option>)}
        </select>
      </div>
    </FormDialog>
  );
}

/** The names that differ from the stored ones, trimmed; an emptied name is sent empty, which removes it. */
function changedNames(stored: Record<string, string>, edited: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(edited).map(([lang, text]) => [lang, text.trim()] as const)
    .filter(([lang, text]) => text !== (stored[lang] ?? '')));
}
