import type { ReactNode } from 'react';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { RequireRole } from '../../auth/index.ts';
import { useLocalisedPath } from '../../components/app-link.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useI18n } from '../../i18n/index.tsx';
import { NotFoundPage } from '../not-found-page.tsx';
import { OrganisationsPage } from './organisations-page.tsx';
import { ResponsibilitiesPage } from './responsibilities-page.tsx';
import { TargetsPage } from './targets-page.tsx';
import { TranslationsPage } from './translations-page.tsx';
import { UsersPage } from './users-page.tsx';
import { ValidationRulesPage } from './validation-rules-page.tsx';
import '../../styles/work-admin.css';

/**
 * `/admin/*`, for admins only: users, organisations, responsibility for indicators and validation rules, each a
 * page under one heading with a navigation between them. Loaded on demand, so the public pages do not carry it.
 */
export function AdminPages() {
  return (
    <RequireRole roles={['admin']}>
      <div className="container admin admin-scope">
        <AdminNav />
        <Routes>
          <Route index element={<Navigate to="users" replace />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="organisations" element={<OrganisationsPage />} />
          <Route path="responsibilities" element={<ResponsibilitiesPage />} />
          <Route path="validation-rules" element={<ValidationRulesPage />} />
          <Route path="targets" element={<TargetsPage />} />
          <Route path="translations" element={<TranslationsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </div>
    </RequireRole>
  );
}

/** The sections: address under `/admin/` and the key of its name. */
const SECTIONS = [
  { path: 'users', key: 'users' }, { path: 'organisations', key: 'organisations' },
  { path: 'responsibilities', key: 'responsibilities' }, { path: 'validation-rules', key: 'validationRules' },
  { path: 'targets', key: 'targets', label: 'targets.title' },
  { path: 'translations', key: 'translations', label: 'translations.title' },
] as const;

function AdminNav() {
  const { t } = useI18n();
  return (
    <nav className="admin-nav" aria-label={t('admin.title')}>
      <p className="admin-nav__title">{t('admin.title')}</p>
      <ul>
        {SECTIONS.map((section) => <AdminNavLink key={section.path} section={section} />)}
      </ul>
    </nav>
  );
}

function AdminNavLink({ section }: { section: (typeof SECTIONS)[number] }) {
  const { t } = useI18n();
  const to = useLocalisedPath(`/admin/${section.path}`);
  return <li><NavLink to={to}>{t('label' in section ? section.label : `admin.sections.${section.key}`)}</NavLink></li>;
}

/** The page's heading and tab title: `<h1>Users</h1>`, `Users — Administration — SDG Tracker`. */
export function AdminHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useI18n();
  useDocumentTitle(`${title} — ${t('admin.title')}`, t('site.name'));
  return (
    <div className="admin-heading">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
