import {
  deleteOrganisation, importOrganisations, listOrganisations, type AdminOrganisation,
} from '../../api/admin.ts';
import { useSessionExpiry } from '../../auth/index.ts';
import { FormError } from '../../components/form-error.tsx';
import { ErrorMessage, Loading } from '../../components/page-state.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useI18n } from '../../i18n/index.tsx';
import { AdminHeading } from './admin-pages.tsx';
import { CsvImport } from './csv-import.tsx';
import { ConfirmDialog } from './dialog.tsx';
import { OrganisationDialog } from './organisation-dialog.tsx';
import { organisationTree, type OrganisationNode } from './organisation-tree.ts';
import { RowAction } from './row-action.tsx';
import { StatusMessage } from './status-message.tsx';
import { usePageActions } from './use-page-actions.ts';

type Open = { kind: 'new'; parent: string | null } | { kind: 'edit'; organisation: AdminOrganisation }
  | { kind: 'delete'; organisation: AdminOrganisation };

/**
 * `/admin/organisations`: the tree of ministries, divisions and agencies (nested lists, so a screen reader says the
 * level), with edit, delete and "add below" on each; a new top-level organisation; and a CSV import of the tree.
 */
export function OrganisationsPage() {
  const { t, formatNumber } = useI18n();
  const organisations = useApi((signal) => listOrganisations({ signal }), []);
  useSessionExpiry(organisations.error);
  const { open, setOpen, message, done, run, error: deleteError, busy, close } = usePageActions<Open>(organisations.reload);
  const remove = (organisation: AdminOrganisation) =>
    run(() => deleteOrganisation(organisation.id), t('admin.organisations.deleted', { name: organisation.name }));

  const list = organisations.data ?? [];
  return (
    <>
      <AdminHeading title={t('admin.sections.organisations')}>
        <button type="button" className="button" onClick={() => setOpen({ kind: 'new', parent: null })} disabled={!organisations.data}>
          {t('admin.organisations.new')}
        </button>
      </AdminHeading>
      <StatusMessage message={message} />
      {organisations.error && <ErrorMessage error={organisations.error} retry={organisations.reload} />}
      {!organisations.data && !organisations.error && <Loading />}
      {organisations.data && list.length === 0 && <p>{t('admin.organisations.empty')}</p>}
      {list.length > 0 && (
        <section className="panel" aria-labelledby="organisation-tree-heading">
          <h2 id="organisation-tree-heading">{t('admin.organisations.tree', { n: formatNumber(list.length) })}</h2>
          <OrganisationList nodes={organisationTree(list)} onOpen={setOpen} />
        </section>
      )}
      <CsvImport heading={t('admin.organisations.importTitle')} intro={t('admin.organisations.importIntro')}
        columns="id, parent_id, name, kind, name_bn…" run={importOrganisations}
        onImported={() => done(t('admin.organisations.imported'))} />
      {(open?.kind === 'new' || open?.kind === 'edit') && (
        <OrganisationDialog organisations={list} organisation={open.kind === 'edit' ? open.organisation : undefined}
          parent={open.kind === 'new' ? open.parent : null} onClose={() => setOpen(null)}
          onSaved={(o) => done(t(open.kind === 'new' ? 'admin.organisations.created' : 'admin.organisations.saved', { name: o.name }))} />
      )}
      {open?.kind === 'delete' && (
        <ConfirmDialog title={t('admin.organisations.deleteTitle', { name: open.organisation.name })}
          text={t('admin.organisations.deleteText')} confirm={t('admin.delete')} busy={busy}
          error={<FormError error={deleteError} />}
          onConfirm={() => void remove(open.organisation)} onClose={close} />
      )}
    </>
  );
}

function OrganisationList({ nodes, onOpen, nested = false }: { nodes: OrganisationNode[]; onOpen(open: Open): void; nested?: boolean }) {
  const { t } = useI18n();
  return (
    <ul className={nested ? undefined : 'org-tree'}>
      {nodes.map(({ organisation: o, children }) => (
        <li key={o.id}>
          <div className="org-tree__row">
            <span className="org-tree__name">{o.name}</span>
            <code>{o.id}</code>
            <span className="tag">{t(`admin.organisations.kinds.${o.kind}`)}</span>
            {o.responsibilities && <Counts counts={o.responsibilities} />}
            <span className="org-tree__actions">
              <RowAction label={t('admin.edit')} subject={o.name} onClick={() => onOpen({ kind: 'edit', organisation: o })} />
              <RowAction label={t('admin.organisations.addBelow')} subject={o.name} onClick={() => onOpen({ kind: 'new', parent: o.id })} />
              <RowAction label={t('admin.delete')} subject={o.name} onClick={() => onOpen({ kind: 'delete', organisation: o })} danger />
            </span>
          </div>
          {children.length > 0 && <OrganisationList nodes={children} onOpen={onOpen} nested />}
        </li>
      ))}
    </ul>
  );
}

/** How many indicators an organisation answers for: `leads 3 · co-leads 1 · associate in 5`, nothing when none. */
function Counts({ counts }: { counts: NonNullable<AdminOrganisation['responsibilities']> }) {
  const { t, formatNumber } = useI18n();
  const parts = ([['lead', counts.lead], ['coLead', counts.coLead], ['associate', counts.associate]] as const)
    .filter(([, n]) => n > 0).map(([role, n]) => t(`admin.organisations.counts.${role}`, { n: formatNumber(n) }));
  return parts.length ? <span className="org-tree__counts">{parts.join(' · ')}</span> : null;
}
